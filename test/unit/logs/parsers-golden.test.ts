// Golden tests: every fixture under test/fixtures/logs/<parser-id>/<name>.log is analysed and compared
// with <name>.expected.json (events without `raw`, and the unparsed lines with their reasons).
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeLog, LOG_PARSERS } from '../../../knowledge/logs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../fixtures/logs');
const parserDir = join(here, '../../../knowledge/logs/parsers');
// findings/ holds detector fixtures (findings-golden.test.ts), not a parser's.
const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'findings').map((d) => d.name).sort();
const logsIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.log')).sort();

describe('parser registry', () => {
  it('has unique ids, and every registered parser has at least one golden fixture', () => {
    const ids = LOG_PARSERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(dirs, `fixture folder for ${id}`).toContain(id);
      expect(logsIn(id).length, `fixtures for ${id}`).toBeGreaterThan(0);
    }
  });

  it('has one file per parser, named after its id, all of them registered', async () => {
    const files = readdirSync(parserDir).filter((f) => f.endsWith('.ts') && f !== 'registry.ts');
    expect(files.length).toBe(LOG_PARSERS.length);
    for (const file of files) {
      const mod = (await import(join(parserDir, file))) as Record<string, unknown>;
      const parsers = Object.values(mod).filter((v): v is { id: string } => typeof v === 'object' && v !== null && 'parse' in v);
      expect(parsers.map((p) => p.id), file).toEqual([file.replace(/\.ts$/, '')]);
      expect(LOG_PARSERS).toContain(parsers[0]);
    }
  });

  it('has no fixture folder without a parser', () => {
    const ids = new Set(LOG_PARSERS.map((p) => p.id));
    for (const dir of dirs) expect(ids.has(dir), `parser for folder ${dir}`).toBe(true);
  });

  it('keeps fixtures small (at most 30 lines each)', () => {
    for (const dir of dirs) {
      for (const f of logsIn(dir)) {
        const lines = readFileSync(join(root, dir, f), 'utf8').split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
        expect(lines.length, `${dir}/${f}`).toBeLessThanOrEqual(30);
      }
    }
  });
});

describe.each(dirs)('golden fixtures: %s', (dir) => {
  it.each(logsIn(dir))('%s matches its expected.json', (file) => {
    const text = readFileSync(join(root, dir, file), 'utf8');
    const expectedPath = join(root, dir, file.replace(/\.log$/, '.expected.json'));
    expect(existsSync(expectedPath), `${expectedPath} exists`).toBe(true);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    const result = analyzeLog(text, { assumedYear: 2023 });
    const events = result.events.toArray();
    const lines = text.split(/\r?\n/);
    // Copied samples may hold a line of another format (a UniFi log with an sshd line): expected.json names
    // each event's format; the folder's own parser must read at least one.
    expect(events.some((e) => e.format === dir), `an event read by ${dir}`).toBe(true);
    for (const e of events) expect(e.raw).toBe(lines[e.line - 1].trim());
    expect({
      events: events.map(({ raw: _raw, ...rest }) => rest),
      unparsed: result.unparsed.map(({ line, reason }) => ({ line, reason })),
    }).toEqual(expected);
    expect(events.length).toBeGreaterThan(0);
  });
});
