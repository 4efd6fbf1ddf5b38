// Bundled by the owner bench (esbuild, IIFE) and run inside an extension page, so that both ways
// of holding the owner tables are measured with the shipped decoder in the real browser.
export { loadOwnerDatabase } from '../knowledge/owners/owner-source';
export { OwnerDatabase } from '../knowledge/owners/owner-database';
export { ipOwnerWith } from '../knowledge/owners/ip-owner';
