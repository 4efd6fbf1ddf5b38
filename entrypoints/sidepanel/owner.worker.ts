// Web Worker: the side panel's own copy of the owner table, loaded from the file shipped in the
// extension when the panel opens, so owners for a whole log cost one message and no round trip per
// address to the background (measured in bench/sidepanel-owner-bench.ts). Lives as long as the panel.
import { OWNER_ASSET_PATH } from '../../messaging/extension-paths';
import { createOwnerSource } from '../../knowledge/owners/owner-source';
import { answerOwnerLookup, type OwnerLookupReply } from './owner-lookup-job';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: OwnerLookupReply, transfer?: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;
const source = createOwnerSource(async () => {
  const response = await fetch(OWNER_ASSET_PATH);
  if (!response.ok) throw new Error(`the extension's ${OWNER_ASSET_PATH} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
});
// Start loading at once: the first log is usually pasted a few seconds after the panel opens.
source.database().catch(() => undefined);

scope.onmessage = (event) => {
  void answerOwnerLookup(source, event.data).then((reply) => scope.postMessage(reply, reply.available ? [reply.index.buffer as ArrayBuffer] : []));
};
