// Where one PortLens context hands data to another (a query for the popup, a log for the side
// panel): storage.session only. Content scripts can neither read nor write it: Chrome's access
// level for it is TRUSTED_CONTEXTS (the background sets it explicitly, see storage-access.ts) and
// Firefox never exposes it to them. storage.local, which every content script can reach, is never used.

export function handOverArea<A>(storage: { session?: A }): A {
  if (!storage.session) throw new Error('This browser has no storage.session; PortLens needs Chrome 114 or Firefox 115 or later.');
  return storage.session;
}
