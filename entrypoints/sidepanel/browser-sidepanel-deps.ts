// The side panel's dependencies in the real extension: the analysis and owner workers, the background's
// knowledge over messaging, IndexedDB for the last input, storage for hand-overs, file download.
import browser from 'webextension-polyfill';
import { sendRequest } from '../../messaging/client';
import type { SidePanelDeps } from '../../components/sidepanel/sidepanel-deps';
import { createLastInputStore } from './last-input-store';
import { watchPendingLogs, type InboxStorage } from './incoming-log-inbox';
import { ownerWorkerClient } from './owner-worker-client';
import { standbyWorkers, startWorkerAnalysis } from './worker-analysis';

export function downloadText(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The Clipboard API, or the older copy command where the API refuses (no focus, older Firefox). */
export async function copyToClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('the browser did not allow copying');
  }
}

/** Wait after an analysis before the next standby worker starts. */
const NEXT_WORKER_DELAY_MS = 1000;

export function createBrowserSidePanelDeps(): SidePanelDeps {
  const store = createLastInputStore();
  const workers = standbyWorkers();
  workers.warm();
  const owners = ownerWorkerClient();
  return {
    analyse: (text, onProgress) => {
      const job = startWorkerAnalysis(text, onProgress, workers.take);
      // The next worker loads a moment after this analysis is over, not while it runs or its results render.
      const later = () => setTimeout(workers.warm, NEXT_WORKER_DELAY_MS);
      job.result.then(later, later);
      return job;
    },
    explainPort: (port, protocol, role, action) => sendRequest('explain-port', { port, protocol, role, ...(action ? { action } : {}) }),
    classifyAddress: (text) => sendRequest('classify-address', { text }),
    explainIcmp: (icmpType, code, version) => sendRequest('explain-icmp', { icmpType, code, version }),
    ownersOf: (addresses) => owners.ownersOf(addresses),
    loadLastInput: () => store.load(),
    saveLastInput: (input) => store.save(input),
    clearLastInput: () => store.clear(),
    watchIncomingLogs: (onLog) => watchPendingLogs(browser.storage as unknown as InboxStorage, onLog),
    download: downloadText,
    copyText: copyToClipboard,
  };
}
