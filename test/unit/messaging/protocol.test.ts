import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../messaging/protocol';
import { classifySender } from '../../../entrypoints/background/message-router';

describe('message validation at the background', () => {
  it('accepts well-formed requests and drops unknown fields', () => {
    expect(validateRequest({ type: 'explain-port', port: 443, protocol: 'tcp', extra: 'x' }, 'extension-page')).toEqual({ type: 'explain-port', port: 443, protocol: 'tcp', role: undefined });
    expect(validateRequest({ type: 'search', query: 'sub7' }, 'extension-page')).toEqual({ type: 'search', query: 'sub7' });
  });

  it.each([
    [null, /must be an object/],
    [[1], /must be an object/],
    [{ type: 'nope' }, /unknown message type/],
    [{ type: 'explain-port', port: '80' }, /0 to 65535/],
    [{ type: 'explain-port', port: 65536 }, /0 to 65535/],
    [{ type: 'explain-port', port: 1.5 }, /0 to 65535/],
    [{ type: 'explain-port', port: 80, protocol: 'icmp' }, /tcp or udp/],
    [{ type: 'explain-port', port: 80, action: 'drop' }, /action must be allow or deny/],
    [{ type: 'explain-port', port: 80, action: 1 }, /action must be allow or deny/],
    [{ type: 'port-risks', ports: [{ port: 80, action: 'block' }] }, /action\?: allow\|deny/],
    [{ type: 'explain-icmp', icmpType: 300 }, /0-255/],
    [{ type: 'search', query: 'x'.repeat(5000) }, /at most/],
    [{ type: 'note-set', key: 'javascript:alert(1)', text: 'x' }, /key must look like/],
    [{ type: 'note-set', key: 'port:80', text: 'x'.repeat(3000) }, /at most/],
  ])('rejects %j', (raw, message) => {
    expect(validateRequest(raw, 'extension-page')).toMatch(message);
  });

  it('passes the firewall action through, and only a valid one', () => {
    expect(validateRequest({ type: 'explain-port', port: 445, role: 'destination', action: 'deny' }, 'extension-page')).toEqual({
      type: 'explain-port', port: 445, protocol: undefined, role: 'destination', action: 'deny',
    });
    expect(validateRequest({ type: 'port-risks', ports: [{ port: 445, action: 'allow' }, { port: 53, role: 'source', extra: 1 }] }, 'content-script')).toEqual({
      type: 'port-risks', ports: [{ port: 445, action: 'allow' }, { port: 53, role: 'source' }],
    });
  });

  it('lets content scripts ask for port colours and open a card, and nothing else (no notes, no hand-overs)', () => {
    expect(validateRequest({ type: 'port-risks', ports: [{ port: 22 }] }, 'content-script')).toMatchObject({ type: 'port-risks' });
    expect(validateRequest({ type: 'card-open', token: { kind: 'port', text: '22', port: 22 }, canAnalyse: false }, 'content-script')).toMatchObject({ type: 'card-open' });
    expect(validateRequest({ type: 'note-get', key: 'port:80' }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'explain-port', port: 22 }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'analyse-text', text: 'DPT=22' }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'open-in-popup', query: '22' }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'note-set', key: 'port:80', text: 'x' }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'notes-import', json: '{}' }, 'content-script')).toMatch(/not allowed/);
    expect(validateRequest({ type: 'notes-export' }, 'content-script')).toMatch(/not allowed/);
  });

  it('tells extension pages from content scripts and refuses strangers', () => {
    const id = 'abc';
    const origin = 'chrome-extension://abc/';
    expect(classifySender({ id, url: 'chrome-extension://abc/popup.html' }, id, origin)).toBe('extension-page');
    expect(classifySender({ id, url: 'http://192.168.1.1/', tab: {} }, id, origin)).toBe('content-script');
    expect(classifySender({ id: 'other', url: 'chrome-extension://other/x.html' }, id, origin)).toBeNull();
    expect(classifySender({ url: 'http://evil.example/' }, id, origin)).toBeNull();
  });

  it('fails closed: a sender with neither url nor tab is refused, not taken for an extension page', () => {
    const id = 'abc';
    const origin = 'chrome-extension://abc/';
    expect(classifySender({ id }, id, origin)).toBeNull();
    expect(classifySender({ id, url: '' }, id, origin)).toBeNull();
    // What the browsers send: a popup or side panel (no tab), a page in a tab, a content script.
    expect(classifySender({ id, url: 'chrome-extension://abc/sidepanel.html' }, id, origin)).toBe('extension-page');
    expect(classifySender({ id, url: 'moz-extension://f00/options.html', tab: { id: 2 } }, id, 'moz-extension://f00/')).toBe('extension-page');
    expect(classifySender({ id, url: 'http://127.0.0.1:8787/router-demo.html', tab: { id: 3 } }, id, origin)).toBe('content-script');
    // A look-alike origin is not ours, and an about:blank frame gets the page's (smaller) rights.
    expect(classifySender({ id, url: 'chrome-extension://abcd/popup.html' }, id, origin)).toBe('content-script');
    expect(classifySender({ id, url: 'about:blank', tab: { id: 2 } }, id, origin)).toBe('content-script');
    // The page card framed in a tab under Chrome's dynamic id is ours; nothing else is, under another id.
    expect(classifySender({ id, url: 'chrome-extension://0f9e8d7c-aaaa-bbbb-cccc-1234567890ab/card.html', tab: { id: 3 } }, id, origin)).toBe('extension-page');
    expect(classifySender({ id, url: 'chrome-extension://abcd/card.html.evil', tab: { id: 3 } }, id, origin)).toBe('content-script');
    expect(classifySender({ id, url: 'chrome-extension://abc/popup.html' }, '', '')).toBeNull();
  });

  it('accepts the import preview and the rebuild from extension pages only', () => {
    expect(validateRequest({ type: 'notes-import-preview', json: '{}' }, 'extension-page')).toEqual({ type: 'notes-import-preview', json: '{}' });
    expect(validateRequest({ type: 'notes-import-preview', json: '{}' }, 'content-script')).toMatch(/not allowed/);
    expect(validateRequest({ type: 'notes-import-preview', json: 5 }, 'extension-page')).toMatch(/at most 2 MB/);
    expect(validateRequest({ type: 'knowledge-rebuild' }, 'extension-page')).toEqual({ type: 'knowledge-rebuild' });
    expect(validateRequest({ type: 'knowledge-rebuild' }, 'content-script')).toMatch(/not allowed/);
  });
});
