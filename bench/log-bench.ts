// The log engine against psad on the same file, in one run: a 50,000-line UFW log is written to a
// temporary folder, analyzeLog (bundled as the extension ships it) reads it in a Node process of its
// own, and `psad -A -m` reads it with a configuration whose folders also live in that temporary folder
// (psad needs no root-owned state and no network: whois and DNS lookups are off). Prints the times, the
// ratio, and the bytes one analysis keeps per event. Without psad installed it says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { ExtraBench } from './registry';
import { ufwLog } from './ufw-log';

export const LOG_BENCH_LINES = Number(process.env.PORTLENS_LOG_BENCH_LINES ?? 50_000);
const PSAD_CONF = '/etc/psad/psad.conf';
const PSAD_TIMEOUT_MS = 600_000;

export interface LogBenchResult {
  lines: number;
  fileBytes: number;
  portlens: { medianMs: number; fastestMs: number; events: number; findings: number; summary: string };
  bytesPerEvent: { retained: number; columns: number };
  psad: { ms: number; messages: number } | { missing: string };
  ratio?: string;
}

function findPsad(): string | undefined {
  for (const path of ['/usr/sbin/psad', '/usr/local/sbin/psad']) if (existsSync(path)) return path;
  const which = spawnSync('which', ['psad'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

/** psad's own configuration with every folder it writes moved into `dir`, and lookups switched off. */
function psadConfig(dir: string): string {
  const overrides: Record<string, string> = {
    PSAD_DIR: join(dir, 'var'), PSAD_RUN_DIR: join(dir, 'run'), PSAD_FIFO_DIR: join(dir, 'fifo'),
    ENABLE_WHOIS_LOOKUPS: 'N', ENABLE_DNS_LOOKUPS: 'N', ENABLE_SYSLOG_FILE: 'Y', EMAIL_ADDRESSES: 'nobody@localhost',
  };
  for (const d of ['var', 'run', 'fifo']) mkdirSync(join(dir, d), { recursive: true });
  const lines = readFileSync(PSAD_CONF, 'utf8').split('\n').map((line) => {
    const key = /^([A-Z_]+)\s/.exec(line)?.[1];
    return key && key in overrides ? `${key}    ${overrides[key]};` : line;
  });
  const path = join(dir, 'psad.conf');
  writeFileSync(path, lines.join('\n'));
  return path;
}

function timePsad(psad: string, logPath: string, dir: string): { ms: number; messages: number } {
  const conf = psadConfig(dir);
  const t0 = process.hrtime.bigint();
  const run = spawnSync(psad, ['-c', conf, '-A', '-m', logPath], { encoding: 'utf8', timeout: PSAD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`psad failed (${run.status ?? run.signal}): ${(run.stderr || run.stdout).slice(0, 400)}`);
  const found = /Found (\d+) iptables log messages/.exec(run.stdout);
  return { ms, messages: found ? Number(found[1]) : 0 };
}

export async function runLogBench(): Promise<LogBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'portlens-log-bench-'));
  try {
    const logPath = join(dir, 'ufw.log');
    const text = ufwLog(LOG_BENCH_LINES);
    writeFileSync(logPath, text);
    const knowledge = join(dir, 'knowledge.mjs');
    await build({ entryPoints: [resolve('knowledge/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: knowledge, logLevel: 'warning' });
    const child = execFileSync(process.execPath, ['--expose-gc', resolve('bench/log-engine-child.mjs'), knowledge, logPath, '7'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const ours = JSON.parse(child.trim().split('\n').pop() as string);
    const psad = findPsad();
    const theirs = psad ? timePsad(psad, logPath, join(dir, 'psad')) : { missing: 'psad is not installed (Debian: apt-get install psad); no ratio' };
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      lines: LOG_BENCH_LINES,
      fileBytes: Buffer.byteLength(text),
      portlens: { medianMs: round(ours.medianMs), fastestMs: round(ours.fastestMs), events: ours.events, findings: ours.findings, summary: ours.summary },
      bytesPerEvent: { retained: Math.round(ours.retainedBytesPerEvent), columns: Math.round(ours.columnBytesPerEvent) },
      psad: 'ms' in theirs ? { ms: Math.round(theirs.ms), messages: theirs.messages } : theirs,
      ...('ms' in theirs ? { ratio: `${round(theirs.ms / ours.medianMs)}×` } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const logBench: ExtraBench = {
  name: 'logEngineVsPsad',
  run: () => runLogBench(),
  headline(result) {
    const r = result as LogBenchResult;
    const psad = 'ms' in r.psad ? `psad -A -m ${r.psad.ms} ms → ${r.ratio} faster (target ≥ 50×)` : r.psad.missing;
    return `Log engine, ${r.lines.toLocaleString('en')}-line UFW log: analyzeLog median ${r.portlens.medianMs} ms; ${psad}; ` +
      `${r.bytesPerEvent.retained} bytes kept per event (${r.bytesPerEvent.columns} in columns; target ≤ 200)`;
  },
};
