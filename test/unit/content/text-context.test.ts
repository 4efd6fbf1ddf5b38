// @vitest-environment happy-dom
// Context derivation: the column header, next cell and label the detector gets for a piece of text.
import { afterEach, describe, expect, it } from 'vitest';
import { columnIndex, contextOfBlock, contextOfField } from '../../../entrypoints/content/scan/text-context';

afterEach(() => {
  document.body.innerHTML = '';
});

const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector(selector) as E;

describe('column headers', () => {
  it('reads the th above a cell, counting colspans', () => {
    document.body.innerHTML = `<table><thead><tr><th colspan="2">Source</th><th>Dest Port</th><th>Proto</th></tr></thead>
      <tbody><tr><td>a</td><td>b</td><td id="c">443</td><td>TCP</td></tr></tbody></table>`;
    expect(columnIndex($<HTMLTableCellElement>('#c'))).toBe(2);
    expect(contextOfBlock($('#c'))).toEqual({ columnHeader: 'Dest Port', nextCellText: 'TCP', label: 'b', tableHeaders: 'Source | Source | Dest Port | Proto', rowCells: 'a | b | TCP' });
  });

  it('finds a header row of th cells outside the thead (ASUS connections) and td.header rows (FreshTomato)', () => {
    document.body.innerHTML = `<table><thead><tr><td colspan="3">NAT Connections</td></tr></thead>
      <tr><th>Proto</th><th>NAT IP</th><th>NAT Port</th></tr><tr><td>TCP</td><td>192.168.1.2</td><td id="a">51514</td></tr></table>
      <table><tr><td class="header co1">Protocol</td><td class="header co2">Ext Ports</td></tr><tr><td>UDP</td><td id="b">6881</td></tr></table>`;
    expect(contextOfBlock($('#a'))?.columnHeader).toBe('NAT Port');
    expect(contextOfBlock($('#b'))?.columnHeader).toBe('Ext Ports');
  });

  it('finds the header in a separate table just before the data table (ASUS port forwarding)', () => {
    document.body.innerHTML = `<div><table><tr><th>Service Name</th><th>External Port</th><th>Internal IP</th></tr></table></div>
      <div><table><tr><td>web</td><td id="x">8080</td><td>192.168.1.5</td></tr></table></div>`;
    expect(contextOfBlock($('#x'))?.columnHeader).toBe('External Port');
  });

  it('prefers column attributes (LuCI data-title, Tabulator field, EUI column id)', () => {
    document.body.innerHTML = `<table><tr><th>X</th></tr><tr><td data-title="Source" id="l">1.2.3.4:80</td></tr></table>
      <div role="row"><div role="gridcell" tabulator-field="dstport" id="t">22</div></div>
      <div role="gridcell" data-gridcell-column-id="destination.port"><div><span id="e">53</span></div></div>`;
    expect(contextOfBlock($('#l'))?.columnHeader).toBe('Source');
    expect(contextOfBlock($('#t'))?.columnHeader).toBe('dstport');
    expect(contextOfBlock($('#e').parentElement!)?.columnHeader).toBe('destination.port');
  });

  it('maps ARIA grid cells to their columnheader by position', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader">Time</div><div role="columnheader">Src Port</div></div>
      <div role="row"><div role="gridcell">14:03</div><div role="gridcell" id="g">40222</div></div></div>`;
    expect(contextOfBlock($('#g'))?.columnHeader).toBe('Src Port');
  });
});

describe('labels', () => {
  it('uses dt for dd, th (or the first of two cells) for a value cell, and LuCI titles', () => {
    document.body.innerHTML = `<dl><dt>destination.port</dt><dd id="d">443</dd></dl>
      <table><tr><th>Remote Log Server Port</th><td id="v">514</td></tr><tr><td>Metric</td><td id="m">10</td></tr></table>
      <div class="cbi-value"><label class="cbi-value-title">External port</label><div class="cbi-value-field" id="f">8443</div></div>`;
    expect(contextOfBlock($('#d'))?.label).toBe('destination.port');
    expect(contextOfBlock($('#v'))?.label).toBe('Remote Log Server Port');
    expect(contextOfBlock($('#m'))?.label).toBe('Metric');
    expect(contextOfBlock($('#f'))?.label).toBe('External port');
  });

  it('gives nothing for a plain <pre> log and for text without hints', () => {
    document.body.innerHTML = `<pre id="p">SRC=1.2.3.4</pre><p id="q">hello</p>`;
    expect(contextOfBlock($('#p'))).toBeUndefined();
    expect(contextOfBlock($('#q'))).toBeUndefined();
  });

  it('labels a form field by <label for>, its row and its name', () => {
    document.body.innerHTML = `<table><tr><th>Remote Log Server Port</th><td><input id="i" name="log_port" value="514"></td></tr></table>
      <label for="j">Internal port</label><input id="j" value="80">`;
    expect(contextOfField($<HTMLInputElement>('#i'))?.label).toMatch(/Remote Log Server Port.*log_port/);
    expect(contextOfField($<HTMLInputElement>('#j'))?.label).toMatch(/^Internal port/);
  });
});
