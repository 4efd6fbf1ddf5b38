// Time helpers shared by the parsers and the syslog header stripper.
// Times without a zone are read as UTC so results do not depend on the machine running them.

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** Month index 0-11 from "Jan", "january", "JAN"; undefined when unknown. */
export function monthIndex(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

/** Milliseconds from a fraction of a second written as digits after the dot ("483712" → 483). */
function fractionMs(frac: string | undefined): number {
  if (!frac) return 0;
  return Math.floor(Number(`0.${frac}`) * 1000);
}

/** Zone offset in minutes from "Z", "+02:00", "+0200", "-05", "+0000"; undefined when not a zone. */
export function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone || zone === 'Z' || zone === 'z' || zone === 'UTC' || zone === 'GMT') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 18 * 60) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

/** Epoch ms from calendar fields; undefined when a field is out of range. */
export function utcEpoch(
  year: number, month: number, day: number, hour: number, minute: number, second: number,
  frac?: string, offsetMinutes = 0,
): number | undefined {
  if (!(year >= 1970 && year <= 2999) || !(month >= 0 && month <= 11) || !(day >= 1 && day <= 31)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const ms = Date.UTC(year, month, day, hour, minute, second, fractionMs(frac));
  return Number.isFinite(ms) ? ms - offsetMinutes * 60000 : undefined;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))? ?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** ISO 8601 / RFC 3339 date-time, with or without zone ("2022-07-10T23:50:05.533101+0000"). */
export function isoToEpoch(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const offset = zoneOffsetMinutes(m[8]);
  if (offset === undefined) return undefined;
  return utcEpoch(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], m[7], offset);
}

const YMD = /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;

/** "2018/11/30 16:09:07" or "2005-04-11 08:06:26" (no zone: read as UTC, or with the given offset). */
export function ymdToEpoch(text: string, offsetMinutes = 0): number | undefined {
  const m = YMD.exec(text.trim());
  if (!m) return undefined;
  return utcEpoch(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], m[7], offsetMinutes);
}

const HMS = /^(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;

/** BSD-style month name, day and "hh:mm:ss[.frac]" in the given year. */
export function bsdToEpoch(month: string, day: string | number, hms: string, year: number): number | undefined {
  const mi = monthIndex(month);
  const t = HMS.exec(hms);
  if (mi === undefined || !t) return undefined;
  return utcEpoch(year, mi, Number(day), +t[1], +t[2], +t[3], t[4]);
}

const BSD_IN_TEXT = /([A-Z][a-z]{2}) {1,2}(\d{1,2}) (?:(\d{4}) )?(\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)/;

/** Finds a device timestamp such as "Jun 20 02:41:39.326" or "Aug 14 2019 15:09:41" in a short text. */
export function findBsdTime(text: string, assumedYear: number): { time?: number; timeText: string } | undefined {
  const m = BSD_IN_TEXT.exec(text.slice(0, 200));
  if (!m || monthIndex(m[1]) === undefined) return undefined;
  return { time: bsdToEpoch(m[1], m[2], m[4], m[3] ? Number(m[3]) : assumedYear), timeText: m[0] };
}

/** Epoch from a number of seconds, ms, µs or ns since 1970 (told apart by size); "1592961368.5" too. */
export function epochFromNumber(text: string): number | undefined {
  const m = /^(\d{9,19})(?:\.(\d{1,9}))?$/.exec(text.trim());
  if (!m) return undefined;
  const digits = m[1].length;
  const whole = Number(m[1]);
  if (digits <= 11) return whole * 1000 + Math.floor(Number(`0.${m[2] ?? 0}`) * 1000);
  if (digits <= 14) return whole;
  if (digits <= 17) return Math.floor(whole / 1000);
  return Math.floor(whole / 1e6);
}
