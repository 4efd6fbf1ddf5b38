// Field splitters shared by the parsers: key=value scanning, CEF extensions, CSV.
// All are single-pass scanners (no regex backtracking), safe on long lines.

function isKeyChar(c: number): boolean {
  // A-Z a-z 0-9 _ . -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Reads `key=value` pairs separated by white space. Values may be quoted with " or ' (backslash
 * escapes honoured). The first occurrence of a key wins. Text that is not a pair is skipped.
 */
export function parseKeyValues(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    const keyStart = i;
    while (i < n && isKeyChar(text.charCodeAt(i))) i++;
    const key = text.slice(keyStart, i);
    if (!key || text[i] !== '=') {
      while (i < n && !isBlank(text.charCodeAt(i))) i++;
      continue;
    }
    i++;
    let value: string;
    const q = text[i];
    if (q === '"' || q === "'") {
      i++;
      const vStart = i;
      let escaped = false;
      while (i < n && text[i] !== q) {
        if (text[i] === '\\' && i + 1 < n) { escaped = true; i++; }
        i++;
      }
      value = text.slice(vStart, i);
      if (escaped) value = value.replace(/\\(.)/g, '$1');
      i++;
    } else {
      const vStart = i;
      while (i < n && !isBlank(text.charCodeAt(i))) i++;
      value = text.slice(vStart, i);
    }
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

/**
 * Reads a CEF extension: `key=value` pairs where a value runs until the next ` key=`, so values may
 * contain spaces; `\=`, `\\`, `\n` escapes are undone.
 */
export function parseCefExtension(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const starts: { key: string; keyAt: number; valueAt: number }[] = [];
  const re = /(?:^|\s)([A-Za-z0-9_.\[\]-]{1,64})=/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const keyAt = m.index + m[0].length - m[1].length - 1;
    starts.push({ key: m[1], keyAt, valueAt: m.index + m[0].length });
  }
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1].keyAt : text.length;
    const raw = text.slice(starts[k].valueAt, end).trim();
    const value = raw.replace(/\\([=\\|nr])/g, (_s, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
    if (!out.has(starts[k].key)) out.set(starts[k].key, value);
  }
  return out;
}

/** Splits one CSV record; fields in double quotes may hold commas and "" escapes. */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  const n = line.length;
  let i = 0;
  while (i <= n) {
    if (line[i] === '"') {
      let buf = '';
      i++;
      while (i < n) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') { buf += '"'; i += 2; continue; }
          i++;
          break;
        }
        buf += line[i++];
      }
      while (i < n && line[i] !== ',') buf += line[i++];
      out.push(buf);
    } else {
      const next = line.indexOf(',', i);
      const end = next < 0 ? n : next;
      out.push(line.slice(i, end));
      i = end;
    }
    i++;
  }
  return out;
}

/**
 * A reader of one row of a header-driven format (Windows #Fields, Zeek #fields, AWS flow logs):
 * the value under a column name, or undefined when the column is missing or holds an empty marker.
 */
export function columnReader(fields: readonly string[], values: readonly string[], emptyMarkers: readonly string[] = ['-']): (name: string) => string | undefined {
  return (name) => {
    const i = fields.indexOf(name);
    const v = i >= 0 ? values[i] : undefined;
    return v === undefined || emptyMarkers.includes(v) ? undefined : v;
  };
}
