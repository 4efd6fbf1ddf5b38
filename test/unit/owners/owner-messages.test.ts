// The owner messages are validated in the background and fail closed.
import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../messaging/protocol';

describe('owner messages', () => {
  it('accepts an address and an AS query from our pages, and neither from a content script (the card asks from its own frame)', () => {
    expect(validateRequest({ type: 'ip-owner', address: '8.8.8.8' }, 'extension-page')).toEqual({ type: 'ip-owner', address: '8.8.8.8' });
    expect(validateRequest({ type: 'as-lookup', query: 'AS15169', limit: 5 }, 'extension-page')).toEqual({ type: 'as-lookup', query: 'AS15169', limit: 5 });
    expect(validateRequest({ type: 'ip-owner', address: '8.8.8.8' }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'as-lookup', query: 'AS15169' }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'as-lookup', query: 'hetzner' }, 'extension-page')).toEqual({ type: 'as-lookup', query: 'hetzner' });
  });

  it('refuses wrong shapes with a message that says why', () => {
    expect(validateRequest({ type: 'ip-owner', address: 134744072 }, 'extension-page')).toMatch(/address must be a string/);
    expect(validateRequest({ type: 'ip-owner', address: 'x'.repeat(201) }, 'extension-page')).toMatch(/at most 200/);
    expect(validateRequest({ type: 'ip-owner' }, 'extension-page')).toMatch(/address/);
    expect(validateRequest({ type: 'as-lookup', query: '   ' }, 'extension-page')).toMatch(/1 to 200/);
    expect(validateRequest({ type: 'as-lookup', query: 'x', limit: 0 }, 'extension-page')).toMatch(/limit/);
    expect(validateRequest({ type: 'as-lookup', query: 'x', limit: 1000 }, 'extension-page')).toMatch(/limit/);
  });

  it('keeps the owner status for extension pages only', () => {
    expect(validateRequest({ type: 'owner-status' }, 'extension-page')).toEqual({ type: 'owner-status' });
    expect(validateRequest({ type: 'owner-status' }, 'content-script')).toMatch(/not allowed from a web page/);
  });
});
