// What the side panel needs from the outside world. The entrypoint passes the browser versions;
// tests pass fakes. Components never call the extension APIs themselves.
import type { AddressClassification, EventStore, IcmpExplanation, LogAnalysis, PortAction, PortExplanation } from '../../knowledge';
import type { OwnerBatch } from './source-owners';

export interface AnalysisProgress {
  /** Lines read so far, of all. */
  done: number;
  total: number;
  /** The events read so far: the same store, growing, while the analysis streams in. */
  events?: EventStore;
}

/** A running analysis. `cancel` stops it (terminates the worker); `result` then rejects with AnalysisCancelled. */
export interface AnalysisJob {
  result: Promise<LogAnalysis>;
  cancel(): void;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** The input kept between openings of the panel. */
export interface SavedInput {
  text: string;
  /** File name, "pasted text", "selection from https://…". */
  label?: string;
  savedAt: number;
}

export type SaveOutcome = 'saved' | 'too-big' | 'failed';

/** Log text handed to the panel by the context menu or the page annotator. */
export interface IncomingLog {
  text: string;
  origin?: string;
}

export interface SidePanelDeps {
  analyse(text: string, onProgress: (progress: AnalysisProgress) => void): AnalysisJob;
  /** `action` is what the firewall did with the event's packet: it picks the card's blocked-probe / exposed-service line. */
  explainPort(port: number, protocol: 'tcp' | 'udp' | undefined, role: 'source' | 'destination', action?: PortAction): Promise<PortExplanation>;
  classifyAddress(text: string): Promise<AddressClassification | null>;
  explainIcmp(icmpType: number, code: number | undefined, version: 4 | 6): Promise<IcmpExplanation>;
  /** Who owns each address (one batch per analysis: its distinct senders), or why that cannot be known. */
  ownersOf(addresses: string[]): Promise<OwnerBatch>;
  loadLastInput(): Promise<SavedInput | null>;
  saveLastInput(input: SavedInput): Promise<SaveOutcome>;
  clearLastInput(): Promise<void>;
  /** Calls onLog for a hand-over waiting now and for each one that arrives later; returns a stop function. */
  watchIncomingLogs(onLog: (log: IncomingLog) => void): () => void;
  /** Saves text as a file (Blob + <a download>). */
  download(fileName: string, mimeType: string, text: string): void;
  /** Puts text on the clipboard (the firewall rules' Copy buttons). */
  copyText(text: string): Promise<void>;
}
