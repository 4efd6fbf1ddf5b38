// Public API of the log engine: analyzeLog and its parts. Pure TypeScript (no DOM, no browser APIs).
export type * from './types';
export { analyzeLog, splitLines, MAX_LINE_LENGTH, type AnalyzeLogOptions } from './analyze-log';
export { computeStats, chooseBucketSize } from './stats';
export { stripSyslogHeader, type SyslogHeader } from './syslog-header';
export { LOG_PARSERS } from './parsers/registry';
