// Public API of the log engine: analyzeLog and its parts. Pure TypeScript (no DOM, no browser APIs).
export type * from './types';
export { analyzeLog, MAX_LINE_LENGTH, type AnalyzeLogOptions } from './analyze-log';
export { splitLines, countLines } from './text-lines';
export { EventStore, chunkTransferables, type EventChunk, type EventSequence } from './event-store';
export { summarizeFindings } from './summary';
export { computeStats, chooseBucketSize } from './stats';
export { stripSyslogHeader, type SyslogHeader } from './syslog-header';
export { LOG_PARSERS } from './parsers/registry';
export { lineAction, parseLogLine } from './read-line';
