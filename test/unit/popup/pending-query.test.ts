import { describe, expect, it } from 'vitest';
import { PENDING_QUERY_TTL_MS, pendingQueryArea, queryFromSearchParams, readPendingQuery } from '../../../messaging/pending-query';
import { addRecentLookup, cleanRecentLookups } from '../../../components/popup/recent-lookups';

describe('query hand-over', () => {
  it('reads ?q=', () => {
    expect(queryFromSearchParams('?q=31337')).toBe('31337');
    expect(queryFromSearchParams('?q=icmp%203%2F4')).toBe('icmp 3/4');
    expect(queryFromSearchParams('?q=%20%20')).toBeNull();
    expect(queryFromSearchParams('')).toBeNull();
  });

  it('accepts fresh, well-formed hand-overs only', () => {
    const now = 1_000_000;
    expect(readPendingQuery({ query: ' ssh ', at: now - 1000 }, now)).toBe('ssh');
    expect(readPendingQuery({ query: 'ssh', at: now - PENDING_QUERY_TTL_MS - 1 }, now)).toBeNull();
    expect(readPendingQuery({ query: 42, at: now }, now)).toBeNull();
    expect(readPendingQuery('ssh', now)).toBeNull();
    expect(readPendingQuery(undefined, now)).toBeNull();
  });

  it('uses session storage only: never storage.local, which content scripts can read', () => {
    const area = { get: async () => ({}), set: async () => undefined, remove: async () => undefined };
    const other = { ...area };
    expect(pendingQueryArea({ session: area, local: other })).toBe(area);
    expect(() => pendingQueryArea({ local: other })).toThrow(/no storage.session/);
  });
});

describe('recent lookups list', () => {
  it('keeps ten distinct queries, newest first, ignoring case and spacing', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = addRecentLookup(list, String(i));
    expect(list).toEqual(['11', '10', '9', '8', '7', '6', '5', '4', '3', '2']);
    list = addRecentLookup(['Back Orifice', 'ssh'], '  back   orifice ');
    expect(list).toEqual(['back orifice', 'ssh']);
    expect(addRecentLookup(['ssh'], '  ')).toEqual(['ssh']);
  });

  it('cleans what storage returns', () => {
    expect(cleanRecentLookups(null)).toEqual([]);
    expect(cleanRecentLookups(['ssh', 3, '', 'smurf'])).toEqual(['ssh', 'smurf']);
  });
});
