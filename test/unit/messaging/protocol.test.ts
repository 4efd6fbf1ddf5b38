import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../messaging/protocol';
import { classifySender } from '../../../entrypoints/background/message-router';

describe('message validation at the background', () => {
  it('accepts well-formed requests and drops unknown fields', () => {
    expect(validateRequest({ type: 'explain-port', port: 443, protocol: 'tcp', extra: 'x' }, 'content-script')).toEqual({ type: 'explain-port', port: 443, protocol: 'tcp', role: undefined });
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
    expect(validateRequest({ type: 'explain-port', port: 445, role: 'destination', action: 'deny' }, 'content-script')).toEqual({
      type: 'explain-port', port: 445, protocol: undefined, role: 'destination', action: 'deny',
    });
    expect(validateRequest({ type: 'port-risks', ports: [{ port: 445, action: 'allow' }, { port: 53, role: 'source', extra: 1 }] }, 'content-script')).toEqual({
      type: 'port-risks', ports: [{ port: 445, action: 'allow' }, { port: 53, role: 'source' }],
    });
  });

  it('gives content scripts read-only rights', () => {
    expect(validateRequest({ type: 'note-get', key: 'port:80' }, 'content-script')).toMatchObject({ type: 'note-get' });
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
});
