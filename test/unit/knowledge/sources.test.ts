// The sources the options page credits are real links, and the README credits the same ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_SOURCES } from '../../../knowledge';

describe('knowledge sources', () => {
  it('each has a licence and an https link', () => {
    expect(KNOWLEDGE_SOURCES.length).toBeGreaterThan(0);
    for (const s of KNOWLEDGE_SOURCES) {
      expect(s.licence).not.toBe('');
      expect(new URL(s.url).protocol).toBe('https:');
    }
  });

  it('are all credited in the README with the same link', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const s of KNOWLEDGE_SOURCES) expect(readme, s.title).toContain(s.url);
  });
});
