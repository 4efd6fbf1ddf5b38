// The column layout of an EventStore: which field lives in which typed array, its "absent" value, and
// the codes of the small enumerations. One typed array per field keeps an event near 115 bytes.
import type { LogAction, LogEvent } from './types';

export type NumberArray = Int32Array | Int16Array | Float64Array | Uint8Array;

/** Pooled string fields (id -1 = absent). */
export const ID_FIELDS = ['format', 'actionText', 'protocol', 'src', 'dst', 'interface', 'rule', 'service', 'kind', 'method', 'queryType'] as const;
/** Text fields kept as a slice of the raw line when they are one (ids -2 and below), else pooled. */
export const TEXT_FIELDS = ['timeText', 'target', 'user'] as const;
/** Numbers that may be large or fractional (NaN = absent): times, and IP IDs (32 bits in IPv6 fragments). */
export const NUMBER_FIELDS = ['time', 'ipId'] as const;
/** Small counts, 0-32767 (-1 = absent): TTL, ICMP type and code, HTTP status. */
export const SMALL_FIELDS = ['ttl', 'icmpType', 'icmpCode', 'status'] as const;
/** Ports, 0-65535, and other counts up to 2^31 - 1 (-1 = absent). */
export const PORT_FIELDS = ['srcPort', 'dstPort', 'window', 'length'] as const;
export const SMALL_MAX = 32_767;
export const WIDE_MAX = 2_147_483_647;

export type IdField = (typeof ID_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type PortField = (typeof PORT_FIELDS)[number];
export type SmallField = (typeof SMALL_FIELDS)[number];

export const ACTIONS: (LogAction | undefined)[] = [undefined, 'allow', 'deny'];
export const DIRECTIONS: (LogEvent['direction'])[] = [undefined, 'in', 'out', 'forward'];
export const ACTION_CODE: Record<string, number> = { allow: 1, deny: 2 };
export const DIRECTION_CODE: Record<string, number> = { in: 1, out: 2, forward: 3 };

export interface ColumnSpec {
  name: string;
  make(capacity: number): NumberArray;
  empty: number;
}

const int32 = (n: number) => new Int32Array(n);
const float64 = (n: number) => new Float64Array(n);
const uint8 = (n: number) => new Uint8Array(n);
const int16 = (n: number) => new Int16Array(n);

/** `v` when it is a whole number from 0 to `max`, else -1 (absent). */
export const fits = (v: number, max: number) => (v >= 0 && v <= max && Math.floor(v) === v ? v : -1);

export const COLUMN_SPECS: ColumnSpec[] = [
  { name: 'line', make: int32, empty: 0 },
  { name: 'rawStart', make: int32, empty: 0 },
  { name: 'rawLength', make: int32, empty: 0 },
  { name: 'action', make: uint8, empty: 0 },
  { name: 'direction', make: uint8, empty: 0 },
  { name: 'tcpFlags', make: int32, empty: -1 },
  ...ID_FIELDS.map((name) => ({ name, make: int32, empty: -1 })),
  ...TEXT_FIELDS.map((name) => ({ name, make: int32, empty: -1 })),
  ...NUMBER_FIELDS.map((name) => ({ name, make: float64, empty: Number.NaN })),
  ...SMALL_FIELDS.map((name) => ({ name, make: int16, empty: -1 })),
  ...PORT_FIELDS.map((name) => ({ name, make: int32, empty: -1 })),
];

/**
 * Every column by name, as one object literal: objects that get many properties under computed names
 * fall back to slow dictionary lookups in V8, and the columns are read on every line.
 */
export function emptyColumns(): Record<string, NumberArray> {
  const i32 = () => new Int32Array(0);
  const f64 = () => new Float64Array(0);
  const u8 = () => new Uint8Array(0);
  const i16 = () => new Int16Array(0);
  return {
    line: i32(), rawStart: i32(), rawLength: i32(), action: u8(), direction: u8(), tcpFlags: i32(),
    format: i32(), actionText: i32(), protocol: i32(), src: i32(), dst: i32(), interface: i32(), rule: i32(),
    service: i32(), kind: i32(), method: i32(), queryType: i32(), timeText: i32(), target: i32(), user: i32(),
    time: f64(), ipId: f64(), ttl: i16(), icmpType: i16(), icmpCode: i16(), status: i16(),
    srcPort: i32(), dstPort: i32(), window: i32(), length: i32(),
  };
}
