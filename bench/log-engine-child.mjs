// Run by log-bench.ts in its own Node process (with --expose-gc): measures the heap one analysis keeps
// per event (first, in a fresh heap, so nothing from other runs is counted or freed in between), then
// times analyzeLog on the log file. Prints one JSON line.
import { readFileSync } from 'node:fs';

const [, , knowledgePath, logPath, runsText] = process.argv;
const { analyzeLog } = await import(knowledgePath);
const text = readFileSync(logPath, 'utf8');
const runs = Number(runsText) || 7;
const gc = globalThis.gc;
// Typed-array columns live outside the JavaScript heap: count both.
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
gc(); gc();
const before = used();
let kept = analyzeLog(text);
gc(); gc();
const after = used();
const events = kept.events.length;
const summary = { lines: kept.stats.totalLines, findings: kept.findings.length, summary: kept.summary.text, columnBytes: kept.events.columnBytes() };
kept = null;

// Each timed run starts from a clean heap, as an analysis in the panel starts in a fresh worker: the
// garbage of the run before is collected outside the timing.
const times = [];
for (let i = 0; i < runs; i++) {
  gc();
  const t0 = performance.now();
  analyzeLog(text);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);

const result = {
  lines: summary.lines,
  events,
  findings: summary.findings,
  summary: summary.summary,
  medianMs: times[Math.floor(times.length / 2)],
  fastestMs: times[0],
  retainedBytesPerEvent: (after - before) / events,
  columnBytesPerEvent: summary.columnBytes / events,
};
console.log(JSON.stringify(result));
