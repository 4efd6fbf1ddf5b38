// Golden findings: every log under test/fixtures/logs/findings/<detector-id>/ is analysed with the whole
// detector registry and compared with <name>.expected.json (the summary line, and each finding's id,
// actor, severity and evidence lines). Each folder's logs must raise its detector at least once.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../../knowledge';
import { LOG_DETECTORS } from '../../../knowledge/logs/detectors';

const root = 'test/fixtures/logs/findings';
const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const logsIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.log')).sort();

function digest(text: string) {
  const r = analyzeLog(text, { assumedYear: 2023 });
  return {
    summary: r.summary.text,
    findings: r.findings.map((f) => ({ id: f.id, actor: f.actor ?? null, severity: f.severity, lines: f.lines })),
    accounted: r.stats.parsedLines + r.unparsed.length + r.stats.blankLines + r.stats.commentLines === r.stats.totalLines,
  };
}

describe('findings fixtures', () => {
  it('have one folder per registered detector that they demonstrate', () => {
    const ids = new Set(LOG_DETECTORS.map((d) => d.id));
    for (const dir of dirs) expect(ids.has(dir), `detector ${dir}`).toBe(true);
  });
});

describe.each(dirs)('golden findings: %s', (dir) => {
  it.each(logsIn(dir))('%s matches its expected.json', (file) => {
    const actual = digest(readFileSync(join(root, dir, file), 'utf8'));
    const expectedPath = join(root, dir, file.replace(/\.log$/, '.expected.json'));
    // Regenerate with PORTLENS_WRITE_GOLDEN=1, then check every finding by hand against the log.
    if (process.env.PORTLENS_WRITE_GOLDEN) {
      const { accounted: _a, ...doc } = actual;
      writeFileSync(expectedPath, `${JSON.stringify(doc, null, 2)}\n`);
    }
    expect(existsSync(expectedPath), `${expectedPath} exists`).toBe(true);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    expect({ summary: actual.summary, findings: actual.findings }).toEqual(expected);
    expect(actual.findings.map((f) => f.id)).toContain(dir);
    expect(actual.accounted).toBe(true);
  });
});
