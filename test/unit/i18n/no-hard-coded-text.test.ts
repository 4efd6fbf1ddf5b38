// A UI string written in code instead of the locale files fails here, for every part of the UI:
// popup, welcome page, side panel (its owner words included), options page, page card and menus.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedText, readsLikeProse } from './hard-coded-text';

/** Folders and files whose words all come from the locale files. */
const TRANSLATED = [
  'components/cards',
  'components/popup',
  'components/onboarding',
  'components/i18n',
  'components/sidepanel',
  'components/options',
  'components/hover-card',
  'entrypoints/popup',
  'entrypoints/onboarding',
  'entrypoints/sidepanel',
  'entrypoints/options',
  'entrypoints/card',
  'entrypoints/background/context-menu.ts',
  'entrypoints/background/context-menu-analyse.ts',
  'entrypoints/background/annotate-page.ts',
  'entrypoints/background/first-run.ts',
  'messaging/browser-i18n.ts',
];

/** Files inside a translated folder whose text is not the page's words, and why. */
const NOT_UI: Record<string, string> = {
  // Exports are data: their column names and report text stay English and stable for the tools that read them.
  'components/sidepanel/export-csv.ts': 'export file contents',
  'components/sidepanel/export-json.ts': 'export file contents',
  'components/sidepanel/export-markdown.ts': 'export file contents',
  // "What it means" words are cut from the knowledge base's (English) titles and go into the CSV export too.
  'components/sidepanel/meaning-labels.ts': 'knowledge-derived words, also exported',
  // Sample log lines: what a firewall writes, the same in every language.
  'components/sidepanel/example-log.ts': 'sample log lines',
  'entrypoints/sidepanel/warm-up.ts': 'sample log lines',
};

/** Text that stays as written in every language, per file, and why. Keep it short. */
const ALLOWED: Record<string, { texts: string[]; why: string }> = {
  // Example queries are what a user types; they read the same in every language.
  'components/popup/ExamplesPanel.tsx': { texts: ['back orifice'], why: 'example queries' },
  // "AS" prefixes an AS number (AS15169) in every language.
  'components/cards/AsCard.tsx': { texts: ['AS'], why: 'AS number prefix' },
  'components/cards/OwnerLine.tsx': { texts: ['AS'], why: 'AS number prefix' },
  // The owner data's licence names its source by its brand, linked.
  'components/cards/OwnerAttribution.tsx': { texts: ['DB-IP'], why: 'data source brand' },
  // Filter examples: an AS number and owner kind and a country code as the owner data writes them.
  'components/sidepanel/EventFilters.tsx': { texts: ['AS64500, hosting', 'NL'], why: 'example filter input' },
  'components/sidepanel/ExportBar.tsx': { texts: ['CSV', 'JSON'], why: 'file format names' },
  'components/sidepanel/LogInput.tsx': {
    texts: ['Mar  3 10:15:01 gw kernel: [UFW BLOCK] IN=eth0 SRC=203.0.113.7 DST=192.0.2.10 PROTO=TCP SPT=44123 DPT=23 …'],
    why: 'a sample log line as placeholder',
  },
  // Compared with the knowledge base's (English) summary and unparsed reasons, never shown.
  'components/sidepanel/SummaryLine.tsx': { texts: ['got an answer'], why: 'matches knowledge text' },
  'components/sidepanel/input-checks.ts': { texts: ['binary data'], why: 'matches knowledge text' },
  // Error details, shown after a translated lead ("The analysis failed: …"), English like the browsers' own.
  'components/sidepanel/sidepanel-deps.ts': { texts: ['Analysis cancelled'], why: 'error message, not shown' },
  'entrypoints/sidepanel/browser-sidepanel-deps.ts': { texts: ['the browser did not allow copying'], why: 'error detail' },
  'entrypoints/sidepanel/worker-analysis.ts': { texts: ['The analysis worker could not start:', 'The analysis worker failed:', 'out of memory?'], why: 'error detail' },
  // Why owners are missing: kept in the JSON export's "owners" header (stable English), never shown; the
  // panel shows its own translated "owner data unavailable" instead.
  'components/sidepanel/source-owners.ts': { texts: ['the answer does not match the question'], why: 'owner reason, exported' },
  'entrypoints/sidepanel/owner-lookup-job.ts': { texts: [': malformed owner request'], why: 'owner reason, exported' },
  'entrypoints/sidepanel/owner-worker-client.ts': { texts: [': the owner worker failed ( )', 'out of memory?', ': the owner worker could not start ( )'], why: 'owner reason, exported' },
  'entrypoints/sidepanel/owner.worker.ts': { texts: ["the extension's   answered"], why: 'owner reason, exported' },
  // A CSS selector, which the finder takes for a list of words.
  'entrypoints/card/card-page.tsx': { texts: ['button:not([disabled]), a[href], input, textarea, select, [tabindex]:not([tabindex="-1"])'], why: 'CSS selector' },
};

function sourceFiles(path: string): string[] {
  const full = resolve(path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(path, f));
}

describe('UI text comes from the locale files', () => {
  for (const file of TRANSLATED.flatMap(sourceFiles).filter((f) => !(f in NOT_UI))) {
    it(relative('.', file), () => {
      const allowed = new Set(ALLOWED[file]?.texts ?? []);
      const found = findHardCodedText(file, readFileSync(file, 'utf8')).filter((f) => !allowed.has(f.text));
      expect(found.map((f) => `${file}:${f.line} ${f.why}: "${f.text}"`)).toEqual([]);
    });
  }

  it('every allowed text is still there (the list does not outlive the code)', () => {
    for (const [file, { texts }] of Object.entries(ALLOWED)) {
      const found = new Set(findHardCodedText(file, readFileSync(file, 'utf8')).map((f) => f.text));
      for (const text of texts) expect(found.has(text), `${file}: "${text}"`).toBe(true);
    }
  });
});

describe('the hard-coded text finder', () => {
  const find = (source: string) => findHardCodedText('sample.tsx', source).map((f) => `${f.why}: ${f.text}`);

  it('finds JSX text, text attributes, rendered strings and sentences in tables', () => {
    expect(find(`const TEXT = { lead: 'Look here first.' };
      export const A = ({ busy }: { busy: boolean }) => <p aria-label="Actions" title={\`Risk: \${busy}\`}>Clear {busy ? 'Saving' : TEXT.lead}</p>;`)).toEqual([
      'prose string: Look here first.',
      'text attribute: Actions',
      'text attribute: Risk:',
      'jsx text: Clear',
      'jsx child string: Saving',
    ]);
  });

  it('leaves class names, ids, keys, imports, log lines and translated text alone', () => {
    expect(find(`import { x } from './some file';
      console.error('PortLens: could not open the page', x);
      if (key === 'Escape') x();
      export const B = ({ t }: { t: (k: string) => string }) => <p class="pl-card pl-theme" id="pl-query-help" role="status" aria-label={t('popup_actionsLabel')}>{t('popup_lookingUp')}</p>;`)).toEqual([]);
  });

  it('tells prose from queries and class lists', () => {
    expect(readsLikeProse('Your note on ')).toBe(true);
    expect(readsLikeProse('pl-button pl-button-primary')).toBe(false);
    expect(readsLikeProse('icmp 3/4')).toBe(false);
  });
});
