// The context words of every language (context-words.ts) compiled into matchers: whole words,
// phrases of several words, substrings for Chinese/Japanese/Korean, and compounds ("Quellport",
// "Portbereich") whose other part is itself a known word. Reading a header costs one split.
import { CONTEXT_WORDS, type LanguageWords } from './context-words';

type Category = 'port' | 'source' | 'destination' | 'address' | 'range' | 'protocol' | 'both' | 'version' | 'upgrade' | 'physical' | 'linkColumns' | 'notPortAfter' | 'notPortBefore';

/** Parts a port word may be glued to in a compound without changing its meaning. */
const QUALIFIERS = ['extern', 'intern', 'externe', 'interne', 'externer', 'interner', 'lokal', 'lokaler', 'nummer', 'nr', 'dienst', 'server', 'client', 'wan', 'public', 'private'];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

interface Matcher {
  words: Set<string>;
  /** Several words, matched with spaces around them in the normalised text. */
  phrases: string[];
  /** Chinese, Japanese, Korean: substrings of the text. */
  substrings: string[];
}

function compile(category: Category): Matcher {
  const m: Matcher = { words: new Set(), phrases: [], substrings: [] };
  for (const lang of CONTEXT_WORDS) {
    for (const w of (lang[category] ?? []) as string[]) {
      if (CJK.test(w)) m.substrings.push(w);
      else if (w.includes(' ')) m.phrases.push(` ${w} `);
      else m.words.add(w);
    }
  }
  return m;
}

const CATEGORIES: Category[] = ['port', 'source', 'destination', 'address', 'range', 'protocol', 'both', 'version', 'upgrade', 'physical', 'linkColumns', 'notPortAfter', 'notPortBefore'];
const MATCHERS = Object.fromEntries(CATEGORIES.map((c) => [c, compile(c)])) as Record<Category, Matcher>;

/** Port words of the languages that glue compounds (German, Dutch, Swedish). */
const COMPOUND_PORT_WORDS = CONTEXT_WORDS.filter((l: LanguageWords) => l.compounds).flatMap((l) => l.port);
const COMPOUND_PARTS = new Set([...QUALIFIERS, ...(['source', 'destination', 'range', 'address'] as const).flatMap((c) => [...MATCHERS[c].words])]);

/** A header or label, lower case, as words (letters and digits of any script). */
export interface Words {
  text: string;
  list: string[];
  /** The words joined by single spaces, with a space at each end. */
  spaced: string;
}

export function wordsOf(s: string): Words {
  const text = s.toLowerCase();
  const list = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return { text, list, spaced: ` ${list.join(' ')} ` };
}

export function has(w: Words, category: Category): boolean {
  const m = MATCHERS[category];
  for (const word of w.list) if (m.words.has(word)) return true;
  for (const p of m.phrases) if (w.spaced.includes(p)) return true;
  for (const sub of m.substrings) if (w.text.includes(sub)) return true;
  return false;
}

/** Index of the first word of `category` in the list, or -1. */
function indexOf(w: Words, category: Category): number {
  const m = MATCHERS[category];
  return w.list.findIndex((word) => m.words.has(word));
}

/** A compound of a port word and a known part ("quellport", "portbereich", "zielpoort"); 'not' when glued to a not-a-port word. */
function portCompound(word: string): 'port' | 'not' | '' {
  for (const p of COMPOUND_PORT_WORDS) {
    if (word === p || word.length < p.length + 2) continue;
    let rest = word.startsWith(p) ? word.slice(p.length) : word.endsWith(p) ? word.slice(0, -p.length) : '';
    if (!rest) continue;
    // Linking letters of compounds: "bestemmingspoort", "Zielsport" (-s-), "Portsbereich"
    if (!COMPOUND_PARTS.has(rest) && !MATCHERS.notPortAfter.words.has(rest) && rest.endsWith('s')) rest = rest.slice(0, -1);
    if (MATCHERS.notPortAfter.words.has(rest)) return 'not';
    if (COMPOUND_PARTS.has(rest) || MATCHERS.physical.words.has(rest)) return MATCHERS.physical.words.has(rest) ? 'not' : 'port';
  }
  return '';
}

/**
 * The text names a TCP/UDP port: a port word that is not a socket on the device ("LAN port",
 * "Port LAN 2", "LAN-Anschluss") and not a feature ("port forwarding", "Portfreigabe").
 */
export function namesPort(w: Words): boolean {
  if (has(w, 'physical') && (indexOf(w, 'port') >= 0 || MATCHERS.port.substrings.some((s) => w.text.includes(s)))) return false;
  const i = indexOf(w, 'port');
  if (i >= 0) {
    // "Port forwarding" / "Port status" / "Redirection de port": a feature of the device, no port
    // number ("Trigger Port" is one; "Port range forwarding" is about ranges of ports).
    if (has(w, 'range')) return true;
    const after = w.list.slice(i + 1, i + 3).some((x) => MATCHERS.notPortAfter.words.has(x));
    const before = w.list.slice(0, i).some((x) => MATCHERS.notPortBefore.words.has(x));
    return !after && !before && !MATCHERS.notPortAfter.phrases.some((p) => w.spaced.includes(p));
  }
  for (const word of w.list) {
    const c = portCompound(word);
    if (c) return c === 'port';
  }
  if (MATCHERS.port.substrings.some((s) => w.text.includes(s))) return !MATCHERS.notPortAfter.substrings.some((s) => w.text.includes(s));
  return false;
}

/** Source, destination or neither (both or none named). */
export function roleNamed(w: Words): 'source' | 'destination' | undefined {
  let src = has(w, 'source');
  let dst = has(w, 'destination');
  for (const word of w.list) {
    for (const p of COMPOUND_PORT_WORDS) {
      if (word.length <= p.length || !word.endsWith(p)) continue;
      const rest = word.slice(0, -p.length);
      const bare = rest.endsWith('s') ? rest.slice(0, -1) : rest;
      src ||= MATCHERS.source.words.has(rest) || MATCHERS.source.words.has(bare);
      dst ||= MATCHERS.destination.words.has(rest) || MATCHERS.destination.words.has(bare);
    }
  }
  if (src === dst) return undefined;
  return src ? 'source' : 'destination';
}

/** A dotted quad under this header or label is a version. */
export function namesVersion(w: Words): boolean {
  if (has(w, 'version')) return true;
  // "Firmwareversion", "softwareversion"
  return w.list.some((word) => [...MATCHERS.version.words].some((v) => word.length > v.length + 2 && (word.endsWith(v) || word.startsWith(v))));
}

/** A cell that says TCP, UDP or both (in any language). */
export function protocolCell(s: string): 'tcp' | 'udp' | 'both' | undefined {
  const t = s.trim().toLowerCase();
  if (t === 'tcp' || t === 'udp') return t;
  if (/^(?:tcp\s*[/+&,]\s*udp|udp\s*[/+&,]\s*tcp)$/.test(t)) return 'both';
  return t && t.length <= 20 && has(wordsOf(t), 'both') && wordsOf(t).list.length <= 2 ? 'both' : undefined;
}

/** The headers of a table are those of a switch-port status panel (link, speed, duplex...). */
export function isLinkPanel(headers: Words): boolean {
  return has(headers, 'linkColumns');
}

export { MATCHERS as CONTEXT_MATCHERS };
