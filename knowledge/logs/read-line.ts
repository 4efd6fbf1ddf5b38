// Reading one message: the syslog envelope stripped into the context, the format picked, and the
// envelope's time given to an event that has none. analyzeLog does this for every line of a log;
// a page card does it for the one line around a token (parseLogLine, lineAction).
import { FormatPicker } from './format-picker';
import { LOG_PARSERS } from './parsers/registry';
import { stripSyslogHeader } from './syslog-header';
import type { LogAction, ParseContext, ParsedFields } from './types';

/** The fields of one trimmed, non-comment line, or null when no parser takes it (`picker` says why). */
export function readLine(line: string, context: ParseContext, picker: FormatPicker): ParsedFields | null {
  const header = stripSyslogHeader(line, context.assumedYear);
  context.program = header.program;
  const message = header.message.trim();
  if (message === '' || !picker.pick(message, context)) return null;
  const p = picker.parsed as ParsedFields;
  // The envelope's time, for an event whose own text carries none.
  if (header.timeText !== undefined) {
    if (p.time === undefined && header.time !== undefined) {
      p.time = header.time;
      p.timeText = header.timeText;
    } else if (p.timeText === undefined) {
      p.timeText = header.timeText;
    }
  }
  return p;
}

/** Longest line read on its own (a page card sends at most a few thousand characters). */
const MAX_SINGLE_LINE = 8192;

/**
 * One log line read with no other lines around it, by every parser in registry order. Formats that
 * need a header line first (Windows #Fields, Zeek #fields) read nothing here. Never throws.
 */
export function parseLogLine(line: string): ParsedFields | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_SINGLE_LINE || text.charCodeAt(0) === 35 /* # */) return null;
  const context: ParseContext = { lineNumber: 1, state: {}, assumedYear: new Date().getUTCFullYear() };
  try {
    return readLine(text, context, new FormatPicker(LOG_PARSERS));
  } catch {
    return null;
  }
}

/** What the firewall did with the packet of this line ("DROP", "BLOCK", "ACCEPT"...), when it says. */
export function lineAction(line: string): LogAction | undefined {
  return parseLogLine(line)?.action;
}
