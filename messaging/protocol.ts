// The one message protocol between PortLens contexts. Every request is validated here, in the
// background, before a handler sees it; nothing is trusted because it type-checks at the sender.
import type {
  AddressClassification,
  IcmpExplanation,
  PortExplanation,
  SearchOutcome,
} from '../knowledge';

export interface UserNote {
  /** "port:8443", "port:53/udp" or "addr:192.168.1.10" (normalised). */
  key: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export interface KnowledgeStatus {
  assetHash: string;
  seeded: boolean;
  ports: number;
  seedMs?: number;
}

export interface NotesExport {
  format: 'portlens-notes';
  version: 1;
  exportedAt: string;
  notes: UserNote[];
}

/** Request type → [payload, response]. */
export interface ProtocolMap {
  'explain-port': [{ port: number; protocol?: 'tcp' | 'udp'; role?: 'source' | 'destination' }, PortExplanation];
  'classify-address': [{ text: string }, AddressClassification | null];
  'explain-icmp': [{ icmpType: number; code?: number; version?: 4 | 6 }, IcmpExplanation];
  search: [{ query: string }, SearchOutcome];
  'note-get': [{ key: string }, UserNote | null];
  'note-set': [{ key: string; text: string }, UserNote | null];
  'notes-list': [Record<string, never>, UserNote[]];
  'notes-export': [Record<string, never>, NotesExport];
  'notes-import': [{ json: string }, { imported: number; skipped: number }];
  'knowledge-status': [Record<string, never>, KnowledgeStatus];
}

export type RequestType = keyof ProtocolMap;
export type Payload<T extends RequestType> = ProtocolMap[T][0];
export type ResponseOf<T extends RequestType> = ProtocolMap[T][1];
export type Request<T extends RequestType = RequestType> = { type: T } & Payload<T>;
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who may send what. Content scripts run inside untrusted pages: read-only requests only. */
export type SenderKind = 'extension-page' | 'content-script';

export const CONTENT_SCRIPT_ALLOWED: ReadonlySet<RequestType> = new Set<RequestType>([
  'explain-port',
  'classify-address',
  'explain-icmp',
  'search',
  'note-get',
]);

export const MAX_TEXT = 4096;
export const MAX_NOTE = 2000;
export const MAX_IMPORT = 2_000_000;

type Validator<T extends RequestType> = (raw: Record<string, unknown>) => Payload<T> | string;

const isInt = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const optional = <V>(v: unknown, check: (x: unknown) => x is V): boolean => v === undefined || check(v);
const isProtocol = (v: unknown): v is 'tcp' | 'udp' => v === 'tcp' || v === 'udp';
const isRole = (v: unknown): v is 'source' | 'destination' => v === 'source' || v === 'destination';
const isText = (max: number) => (v: unknown): v is string => typeof v === 'string' && v.length <= max;
const NOTE_KEY = /^(port:\d{1,5}(\/(tcp|udp))?|addr:[0-9a-f.:%/\w-]{2,80})$/i;

const VALIDATORS: { [T in RequestType]: Validator<T> } = {
  'explain-port': (r) =>
    !isInt(r.port, 0, 65535) ? 'port must be a whole number from 0 to 65535'
      : !optional(r.protocol, isProtocol) ? 'protocol must be tcp or udp'
        : !optional(r.role, isRole) ? 'role must be source or destination'
          : { port: r.port, protocol: r.protocol as 'tcp' | 'udp' | undefined, role: r.role as 'source' | 'destination' | undefined },
  'classify-address': (r) => (isText(200)(r.text) ? { text: r.text } : 'text must be a string of at most 200 characters'),
  'explain-icmp': (r) =>
    !isInt(r.icmpType, 0, 255) ? 'icmpType must be 0-255'
      : !optional(r.code, (c): c is number => isInt(c, 0, 255)) ? 'code must be 0-255'
        : !optional(r.version, (v): v is 4 | 6 => v === 4 || v === 6) ? 'version must be 4 or 6'
          : { icmpType: r.icmpType, code: r.code as number | undefined, version: r.version as 4 | 6 | undefined },
  search: (r) => (isText(MAX_TEXT)(r.query) ? { query: r.query } : `query must be a string of at most ${MAX_TEXT} characters`),
  'note-get': (r) => (typeof r.key === 'string' && NOTE_KEY.test(r.key) ? { key: r.key } : 'key must look like port:8443 or addr:192.0.2.1'),
  'note-set': (r) =>
    typeof r.key !== 'string' || !NOTE_KEY.test(r.key) ? 'key must look like port:8443 or addr:192.0.2.1'
      : !isText(MAX_NOTE)(r.text) ? `a note is text of at most ${MAX_NOTE} characters`
        : { key: r.key, text: r.text },
  'notes-list': () => ({}),
  'notes-export': () => ({}),
  'notes-import': (r) => (isText(MAX_IMPORT)(r.json) ? { json: r.json } : 'json must be text of at most 2 MB'),
  'knowledge-status': () => ({}),
};

export function isRequestType(t: unknown): t is RequestType {
  return typeof t === 'string' && Object.prototype.hasOwnProperty.call(VALIDATORS, t);
}

/** Checks the shape and the sender's rights. Returns the clean request or an error message. */
export function validateRequest(raw: unknown, sender: SenderKind): Request | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'a message must be an object';
  const record = raw as Record<string, unknown>;
  if (!isRequestType(record.type)) return `unknown message type ${JSON.stringify(String(record.type)).slice(0, 60)}`;
  if (sender === 'content-script' && !CONTENT_SCRIPT_ALLOWED.has(record.type)) return `${record.type} is not allowed from a web page`;
  const payload = (VALIDATORS[record.type] as Validator<RequestType>)(record);
  return typeof payload === 'string' ? `${record.type}: ${payload}` : ({ type: record.type, ...payload } as Request);
}
