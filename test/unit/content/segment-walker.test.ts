// @vitest-environment happy-dom
// Cutting a page into segments: joined across inline elements, cut at blocks, <br>, slots and
// newline-ended <pre> nodes; form fields and shadow roots are reported; scripts are skipped.
import { afterEach, describe, expect, it } from 'vitest';
import { SegmentWalker } from '../../../entrypoints/content/scan/segment-walker';

afterEach(() => {
  document.body.innerHTML = '';
});

function walk(root: Node = document.body) {
  const segments: string[] = [];
  const blocks: string[] = [];
  const textareas: string[] = [];
  const roots: ShadowRoot[] = [];
  const walker = new SegmentWalker(root, {
    segment: (block, nodes) => {
      segments.push(nodes.map((n) => n.data).join(''));
      blocks.push(block.nodeName);
    },
    field: (el) => textareas.push(el.id),
    shadowRoot: (r) => roots.push(r),
  });
  while (!walker.step(() => false));
  return { segments, blocks, textareas, roots };
}

describe('SegmentWalker', () => {
  it('joins text across inline elements inside one cell, and cuts between cells', () => {
    document.body.innerHTML = '<table><tr><td>203.0.113.45:<span title="ssh">22</span></td><td><mark>198.51.100</mark>.7</td></tr></table>';
    const { segments, blocks } = walk();
    expect(segments).toEqual(['203.0.113.45:22', '198.51.100.7']);
    expect(blocks).toEqual(['TD', 'TD']);
  });

  it('cuts at <br>, at block elements and at slotted elements', () => {
    document.body.innerHTML = '<div>192.0.2.10 -<br>192.0.2.20<p>10.0.0.1</p>tail 1.1.1.1</div><x-card><span slot="label">Gateway</span><span slot="value">192.168.1.1</span></x-card>';
    expect(walk().segments).toEqual(['192.0.2.10 -', '192.0.2.20', '10.0.0.1', 'tail 1.1.1.1', 'Gateway', '192.168.1.1']);
  });

  it('skips scripts, styles, templates and our own elements; reports form fields', () => {
    document.body.innerHTML = '<script>var ip = "1.2.3.4"</script><style>a{}</style><template>5.6.7.8</template><portlens-card>9.9.9.9</portlens-card><textarea id="log">10.0.0.1</textarea><input id="port" value="22"><input type="checkbox" id="box"><select id="apps"><option>FTP (20,21)</option></select><p>ok 8.8.8.8</p>';
    const { segments, textareas } = walk();
    expect(segments).toEqual(['ok 8.8.8.8']);
    expect(textareas).toEqual(['log', 'port', 'apps']);
  });

  it('skips editable content', () => {
    document.body.innerHTML = '<div contenteditable="true">1.2.3.4</div><div contenteditable="false">5.6.7.8</div>';
    expect(walk().segments).toEqual(['5.6.7.8']);
  });

  it('ends a <pre> segment at a Text node ending in a newline, so appended lines form new segments', () => {
    const pre = document.createElement('pre');
    pre.append('line 1.1.1.1\n', 'line 2.2.2.2\n', 'partial 3.3.', '3.3\n');
    document.body.append(pre);
    expect(walk().segments).toEqual(['line 1.1.1.1\n', 'line 2.2.2.2\n', 'partial 3.3.3.3\n']);
  });

  it('reports open shadow roots on its way', () => {
    document.body.innerHTML = '<fw-log></fw-log>';
    const host = document.querySelector('fw-log')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>10.1.1.1</p>';
    expect(walk().roots).toEqual([root]);
    expect(walk(root).segments).toEqual(['10.1.1.1']);
  });

  it('stops when time is up and resumes where it stopped', () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<div>10.0.${i >> 8}.${i & 255}</div>`).join('');
    const segments: string[] = [];
    const walker = new SegmentWalker(document.body, { segment: (_b, n) => segments.push(n[0].data), field: () => undefined, shadowRoot: () => undefined });
    let steps = 0;
    while (!walker.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(segments).toHaveLength(300);
    expect(segments[299]).toBe('10.0.1.43');
  });
});
