// Chooses the parser for each line. A log is nearly always one format for long runs of lines, so the
// format is detected once per run: the first line of a run is sniffed against every parser in registry
// order, the next lines are confirmed by that parser alone, and when it does not take a line the picker
// falls back to detecting that line afresh (which starts a new run if another parser takes it).
import type { LogParser, ParseContext, ParsedFields } from './types';

export class FormatPicker {
  /** The parser of the current run. */
  private current: LogParser | undefined;
  /** After pick(): the fields read, and the parser that read them. */
  parsed: ParsedFields | null = null;
  parser: LogParser | undefined;
  /** After a failed pick(): the first parser whose test() accepted the line, for the reason given. */
  recognisedBy: LogParser | undefined;
  /** Lines that needed a full detection (the first of each run, and every line no run parser took). */
  sniffs = 0;

  constructor(private readonly parsers: readonly LogParser[]) {}

  /** Reads one message (syslog header already stripped); true when a parser returned an event. */
  pick(message: string, context: ParseContext): boolean {
    this.parsed = null;
    this.parser = undefined;
    this.recognisedBy = undefined;
    const run = this.current;
    if (run && run.test(message, context)) {
      const parsed = run.parse(message, context);
      if (parsed) return this.take(run, parsed);
    }
    this.sniffs++;
    for (const p of this.parsers) {
      if (!p.test(message, context)) continue;
      this.recognisedBy ??= p;
      if (p === run) continue;
      const parsed = p.parse(message, context);
      if (parsed) {
        this.current = p;
        return this.take(p, parsed);
      }
    }
    return false;
  }

  private take(parser: LogParser, parsed: ParsedFields): boolean {
    this.parser = parser;
    this.parsed = parsed;
    return true;
  }
}
