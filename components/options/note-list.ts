// Labels, search and ordering for the options page's list of notes.
import type { UserNote } from '../../messaging/protocol';

/** "port:8443" → "Port 8443", "port:53/udp" → "Port 53/udp", "addr:192.0.2.1" → "192.0.2.1". */
export function noteLabel(key: string): string {
  if (key.startsWith('port:')) return `Port ${key.slice(5)}`;
  if (key.startsWith('addr:')) return key.slice(5);
  return key;
}

/** Notes whose label, key or text contain every word of the query (case-insensitive), newest first. */
export function filterNotes(notes: UserNote[], query: string): UserNote[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const sorted = [...notes].sort((a, b) => b.updatedAt - a.updatedAt);
  if (!words.length) return sorted;
  return sorted.filter((n) => {
    const haystack = `${noteLabel(n.key)} ${n.key} ${n.text}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** "portlens-notes-2026-11-25.json" */
export function exportFileName(now: Date): string {
  return `portlens-notes-${now.toISOString().slice(0, 10)}.json`;
}
