// The one message protocol between PortLens contexts. Every request is validated here, in the
// background, before a handler sees it; nothing is trusted because it type-checks at the sender.
import type {
  AddressClassification,
  AsLookupAnswer,
  IcmpExplanation,
  OwnerAnswer,
  OwnerDataInfo,
  PacketField,
  PacketFieldsExplanation,
  PacketFieldsInput,
  PortAction,
  PortExplanation,
  PortRole,
  Risk,
  SearchOutcome,
  SearchResult,
  Token,
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
  /** When the last complete seed finished (ms since 1970). */
  seededAt?: number;
  health?: KnowledgeHealth;
}

export type KnowledgeState = 'closed' | 'opening' | 'blocked' | 'seeding' | 'ready' | 'failed';

/** Where the background's knowledge base stands, with a message a person can act on when it failed. */
export interface KnowledgeHealth {
  state: KnowledgeState;
  error?: string;
  progress?: { done: number; total: number };
}

/**
 * Why one entry of a notes file was refused, as a code the options page words in its language:
 * not an object, a key that is no port or address, no text, text over MAX_NOTE characters, a bad
 * updatedAt or createdAt (missing, or not between 2000 and tomorrow), createdAt after updatedAt, or
 * another entry of the file (`newerEntry`, counted from 1) holding a newer version of the note.
 */
export type NoteRejection = 'not-object' | 'bad-key' | 'no-text' | 'too-long' | 'bad-updated-at' | 'bad-created-at' | 'created-after-updated' | 'superseded';

/**
 * Why a notes file as a whole was refused: the error message of notes-import(-preview), a code the
 * options page words in its language. Any other error message is a detail (a failed write, say).
 */
export const NOTES_FILE_PROBLEMS = ['notes-file-not-json', 'notes-file-not-export', 'notes-file-too-many'] as const;
export type NotesFileProblem = (typeof NOTES_FILE_PROBLEMS)[number];

/** What importing a notes file would do (notes-import-preview) or did (notes-import). */
export interface NotesImportSummary {
  /** Entries in the file. */
  total: number;
  /** New keys. */
  added: number;
  /** Existing notes the file has a newer version of. */
  replaced: number;
  /** Entries not taken because the note here is newer or the same. */
  kept: number;
  /** Entries refused (bad key, timestamp or size), with the first reasons. */
  invalid: number;
  rejected: { index: number; key?: string; reason: NoteRejection; newerEntry?: number }[];
  /** The first notes that would be added or replaced, for the preview. */
  changes: { key: string; text: string; updatedAt: number; previous?: string }[];
  /** Written (added + replaced) and not written (kept + invalid): the numbers the first API returned. */
  imported: number;
  skipped: number;
}

/** The owner data as the background holds it: loaded (with how long that took) or why not. */
export type OwnerStatus =
  | { available: true; info: OwnerDataInfo; loadMs?: number; loadedFrom?: 'indexeddb' | 'file'; storedInIndexedDb?: boolean }
  | { available: false; reason: string };

export interface NotesExport {
  format: 'portlens-notes';
  version: 1;
  exportedAt: string;
  notes: UserNote[];
}

/** Request type → [payload, response]. */
export interface ProtocolMap {
  /** `action` is what the firewall did, when the log line says so: it picks the card's outcome line and risk. */
  'explain-port': [{ port: number; protocol?: 'tcp' | 'udp'; role?: PortRole; action?: PortAction }, PortExplanation];
  'classify-address': [{ text: string }, AddressClassification | null];
  'explain-icmp': [{ icmpType: number; code?: number; version?: 4 | 6 }, IcmpExplanation];
  /** What a packet's TTL, IP ID, TCP flags, window and length say (side panel details, page cards). */
  'explain-packet-fields': [PacketFieldsInput, PacketFieldsExplanation];
  search: [{ query: string }, SearchOutcome];
  'note-get': [{ key: string }, UserNote | null];
  'note-set': [{ key: string; text: string }, UserNote | null];
  'notes-list': [Record<string, never>, UserNote[]];
  'notes-export': [Record<string, never>, NotesExport];
  'notes-import': [{ json: string }, NotesImportSummary];
  /** The same checks and merge as notes-import, written nowhere: the options page's preview. */
  'notes-import-preview': [{ json: string }, NotesImportSummary];
  'knowledge-status': [Record<string, never>, KnowledgeStatus];
  /** "Rebuild the knowledge base": rewrites every row from the bundled asset (progress in knowledge-status). */
  'knowledge-rebuild': [Record<string, never>, KnowledgeStatus];
  /** Risk of each (port, role, action), in order: colours the page's highlights at a glance. */
  'port-risks': [{ ports: PortRiskQuery[] }, Risk[]];
  /** The hover card's "Look up": stores the query for the popup and opens it (or popup.html in a tab). */
  'open-in-popup': [{ query: string }, { opened: 'popup' | 'tab' }];
  /** The hover card's "Analyse": hands the surrounding log to the side panel and opens it. */
  'analyse-text': [{ text: string; origin?: string }, { opened: 'panel' | 'tab' }];
  /** The content script opens a page card for a token it found; the card frame reads it by session. */
  'card-open': [CardOpening, { session: string }];
  /** The card frame (an extension page inside the tab) asks what to show for its session. */
  'card-load': [{ session: string }, CardData];
  /** A button of the card frame: look the token up in the popup, or analyse the log around it. */
  'card-action': [{ session: string; action: CardAction }, { opened: 'popup' | 'panel' | 'tab' }];
  /** Who owns an address (AS, registration country, kind of network), or "owner data unavailable". */
  'ip-owner': [{ address: string }, OwnerAnswer];
  /** The AS directory: "AS15169", "as15169" or part of a name. */
  'as-lookup': [{ query: string; limit?: number }, AsLookupAnswer];
  'owner-status': [Record<string, never>, OwnerStatus];
  /** A content script has tokens on its page (or none left): the toolbar icon of its own tab follows. */
  'page-annotated': [{ active: boolean }, { icon: 'active' | 'idle' }];
}

// ---- The page card (see entrypoints/card and entrypoints/background/card-sessions.ts) ----

/** A token as the card needs it: what the detector read, without its offsets in the page. */
export type CardToken = Omit<Token, 'start' | 'end'>;

export interface CardOpening {
  token: CardToken;
  /** The token sits in a log or table the side panel can analyse. */
  canAnalyse: boolean;
  /** The token's line of text (capped), for sections that read the log line around a token. */
  line?: string;
}

/**
 * One part of the card. A new kind of section adds a member here, a loader in the background's
 * list (entrypoints/background/card-sections.ts) and a case in the card's renderer.
 */
export type CardSection =
  | { kind: 'result'; result: SearchResult; note?: string | null }
  /** Who holds a public address, or "owner data unavailable" (`answer.available` false). */
  | { kind: 'owner'; address: string; answer: OwnerAnswer }
  /** What the packet fields of the token's log line say; `field` is the one under the pointer. */
  | { kind: 'packet'; field: PacketField; explanation: PacketFieldsExplanation };

export interface CardData {
  token: CardToken;
  canAnalyse: boolean;
  sections: CardSection[];
}

export type CardAction = 'lookup' | 'analyse';

/** Length of a card session id (random, hex). */
export const CARD_SESSION_LENGTH = 32;
/** Most characters of the token's line the content script sends with a card. */
export const MAX_CARD_LINE = 2000;

export interface PortRiskQuery {
  port: number;
  role?: PortRole;
  /** A dropped probe is coloured low, an allowed one by its worst story. */
  action?: PortAction;
}

/** Most ports one port-risks request may ask about. */
export const MAX_PORT_RISKS = 500;
/** Most characters the hover card sends to the side panel (the log around a token). */
export const MAX_ANALYSE_TEXT = 2_000_000;

export type RequestType = keyof ProtocolMap;
export type Payload<T extends RequestType> = ProtocolMap[T][0];
export type ResponseOf<T extends RequestType> = ProtocolMap[T][1];
export type Request<T extends RequestType = RequestType> = { type: T } & Payload<T>;
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who may send what. Content scripts run inside untrusted pages: read-only requests only. */
export type SenderKind = 'extension-page' | 'content-script';

export const CONTENT_SCRIPT_ALLOWED: ReadonlySet<RequestType> = new Set<RequestType>([
  // Colours for the page's ports (risk levels only: no notes, no owners).
  'port-risks',
  // A card is shown in an extension frame the page cannot read: the frame asks for its content
  // (explanations, owner, notes) and sends the hand-overs, not the content script.
  'card-open',
  // The toolbar icon of the sender's own tab (the background takes the tab from the browser).
  'page-annotated',
]);

/** Requests only content scripts may send: they speak for the page they run in. */
const CONTENT_SCRIPT_ONLY: ReadonlySet<RequestType> = new Set<RequestType>(['page-annotated']);

export const MAX_TEXT = 4096;
export const MAX_NOTE = 2000;
export const MAX_IMPORT = 2_000_000;
/** Most entries one notes file may hold: ten times a heavy user's notes, far below MAX_IMPORT. */
export const MAX_IMPORTED_NOTES = 10_000;
/** Most AS directory entries one as-lookup may ask for. */
export const MAX_AS_RESULTS = 100;

type Validator<T extends RequestType> = (raw: Record<string, unknown>) => Payload<T> | string;

const isInt = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const optional = <V>(v: unknown, check: (x: unknown) => x is V): boolean => v === undefined || check(v);
const isProtocol = (v: unknown): v is 'tcp' | 'udp' => v === 'tcp' || v === 'udp';
const isRole = (v: unknown): v is PortRole => v === 'source' || v === 'destination';
const isAction = (v: unknown): v is PortAction => v === 'allow' || v === 'deny';
const isText = (max: number) => (v: unknown): v is string => typeof v === 'string' && v.length <= max;
const TOKEN_KINDS: ReadonlySet<unknown> = new Set(['ipv4', 'ipv6', 'endpoint', 'port', 'cidr', 'port-range', 'ip-range', 'packet-field']);
const PACKET_FIELDS: ReadonlySet<unknown> = new Set(['ttl', 'ipId', 'tcpFlags', 'window']);
/** A packet field's value as the detector reads it: digits, flag words or tcpdump's flag letters. */
const FIELD_VALUE = /^(?:\d{1,10}|[A-Z]{3}(?: [A-Z]{3}){0,7}|[SFRPUEW.]{1,9}|none)$/;
const SESSION = new RegExp(`^[0-9a-f]{${CARD_SESSION_LENGTH}}$`);
const isSession = (v: unknown): v is string => typeof v === 'string' && SESSION.test(v);

function cardTokenOf(raw: unknown): CardToken | string {
  if (typeof raw !== 'object' || raw === null) return 'token must be an object';
  const t = raw as Record<string, unknown>;
  if (!TOKEN_KINDS.has(t.kind)) return 'token.kind is not a token kind';
  if (!isText(200)(t.text) || !t.text) return 'token.text must be text of 1 to 200 characters';
  const isAddress = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f.:]{2,45}$/i.test(v);
  if (!optional(t.address, isAddress) || !optional(t.addressEnd, isAddress)) return 'token.address must be an address';
  const isPort = (v: unknown): v is number => isInt(v, 0, 65535);
  if (!optional(t.port, isPort) || !optional(t.portEnd, isPort)) return 'token ports must be 0-65535';
  if (!optional(t.prefixLength, (v): v is number => isInt(v, 0, 128))) return 'token.prefixLength must be 0-128';
  if (!optional(t.role, isRole) || !optional(t.protocol, isProtocol)) return 'token.role / token.protocol are not valid';
  if (!optional(t.zone, isText(40))) return 'token.zone must be short text';
  if (t.kind === 'packet-field' ? !PACKET_FIELDS.has(t.field) || typeof t.fieldValue !== 'string' || !FIELD_VALUE.test(t.fieldValue) : t.field !== undefined || t.fieldValue !== undefined) {
    return 'token.field / token.fieldValue belong to a packet-field token and must be a known field and value';
  }
  const token: CardToken = { kind: t.kind as CardToken['kind'], text: t.text };
  for (const key of ['address', 'addressEnd', 'port', 'portEnd', 'prefixLength', 'role', 'protocol', 'zone', 'field', 'fieldValue'] as const) {
    if (t[key] !== undefined) (token as Record<string, unknown>)[key] = t[key];
  }
  return token;
}

const isFlagText = (v: unknown): v is string => typeof v === 'string' && v.length <= 64;
const isFlagList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 16 && v.every((f) => typeof f === 'string' && f.length <= 16);
const isCount32 = (v: unknown): v is number => isInt(v, 0, 4_294_967_295);
/** Most IP IDs one explain-packet-fields request may send for counter detection. */
export const MAX_IP_ID_SERIES = 64;

function validatePacketFields(r: Record<string, unknown>): PacketFieldsInput | string {
  if (!optional(r.ttl, (v): v is number => isInt(v, 0, 255))) return 'ttl must be 0-255';
  if (!optional(r.ipId, isCount32)) return 'ipId must be a whole number from 0';
  if (!optional(r.tcpFlags, (v): v is string | string[] => isFlagText(v) || isFlagList(v))) return 'tcpFlags must be up to 16 flag names or a text of at most 64 characters';
  if (!optional(r.window, isCount32)) return 'window must be a whole number from 0';
  if (!optional(r.length, (v): v is number => isInt(v, 0, 65_535))) return 'length must be 0-65535';
  if (!optional(r.protocol, isText(16))) return 'protocol must be text of at most 16 characters';
  if (!optional(r.direction, (v): v is string => v === 'in' || v === 'out' || v === 'forward')) return 'direction must be in, out or forward';
  if (!optional(r.ipIdSeries, (v): v is number[] => Array.isArray(v) && v.length <= MAX_IP_ID_SERIES && v.every(isCount32))) {
    return `ipIdSeries must be at most ${MAX_IP_ID_SERIES} whole numbers`;
  }
  const input: PacketFieldsInput = {};
  for (const key of ['ttl', 'ipId', 'tcpFlags', 'window', 'length', 'protocol', 'direction', 'ipIdSeries'] as const) {
    if (r[key] !== undefined) (input as Record<string, unknown>)[key] = r[key];
  }
  return input;
}

const NOTE_KEY = /^(port:\d{1,5}(\/(tcp|udp))?|addr:[0-9a-f.:%/\w-]{2,80})$/i;

const importFile = (r: Record<string, unknown>): { json: string } | string =>
  isText(MAX_IMPORT)(r.json) ? { json: r.json } : 'json must be text of at most 2 MB';

const VALIDATORS: { [T in RequestType]: Validator<T> } = {
  'explain-port': (r) =>
    !isInt(r.port, 0, 65535) ? 'port must be a whole number from 0 to 65535'
      : !optional(r.protocol, isProtocol) ? 'protocol must be tcp or udp'
        : !optional(r.role, isRole) ? 'role must be source or destination'
          : !optional(r.action, isAction) ? 'action must be allow or deny'
            : { port: r.port, protocol: r.protocol as 'tcp' | 'udp' | undefined, role: r.role as PortRole | undefined, ...(r.action ? { action: r.action as PortAction } : {}) },
  'classify-address': (r) => (isText(200)(r.text) ? { text: r.text } : 'text must be a string of at most 200 characters'),
  'explain-icmp': (r) =>
    !isInt(r.icmpType, 0, 255) ? 'icmpType must be 0-255'
      : !optional(r.code, (c): c is number => isInt(c, 0, 255)) ? 'code must be 0-255'
        : !optional(r.version, (v): v is 4 | 6 => v === 4 || v === 6) ? 'version must be 4 or 6'
          : { icmpType: r.icmpType, code: r.code as number | undefined, version: r.version as 4 | 6 | undefined },
  'explain-packet-fields': validatePacketFields,
  search: (r) => (isText(MAX_TEXT)(r.query) ? { query: r.query } : `query must be a string of at most ${MAX_TEXT} characters`),
  'note-get': (r) => (typeof r.key === 'string' && NOTE_KEY.test(r.key) ? { key: r.key } : 'key must look like port:8443 or addr:192.0.2.1'),
  'note-set': (r) =>
    typeof r.key !== 'string' || !NOTE_KEY.test(r.key) ? 'key must look like port:8443 or addr:192.0.2.1'
      : !isText(MAX_NOTE)(r.text) ? `a note is text of at most ${MAX_NOTE} characters`
        : { key: r.key, text: r.text },
  'notes-list': () => ({}),
  'notes-export': () => ({}),
  'notes-import': (r) => importFile(r),
  'notes-import-preview': (r) => importFile(r),
  'knowledge-status': () => ({}),
  'knowledge-rebuild': () => ({}),
  'port-risks': (r) =>
    !Array.isArray(r.ports) || r.ports.length > MAX_PORT_RISKS ? `ports must be a list of at most ${MAX_PORT_RISKS} entries`
      : !r.ports.every((q: unknown) => typeof q === 'object' && q !== null && isInt((q as PortRiskQuery).port, 0, 65535) && optional((q as PortRiskQuery).role, isRole) && optional((q as PortRiskQuery).action, isAction))
        ? 'each entry must be {port: 0-65535, role?: source|destination, action?: allow|deny}'
        : { ports: (r.ports as PortRiskQuery[]).map(({ port, role, action }) => ({ port, ...(role ? { role } : {}), ...(action ? { action } : {}) })) },
  'open-in-popup': (r) =>
    typeof r.query === 'string' && r.query.trim() && r.query.length <= 200 ? { query: r.query.trim() } : 'query must be text of 1 to 200 characters',
  'analyse-text': (r) =>
    typeof r.text !== 'string' || !r.text.trim() || r.text.length > MAX_ANALYSE_TEXT ? `text must be non-empty text of at most ${MAX_ANALYSE_TEXT} characters`
      : !optional(r.origin, isText(200)) ? 'origin must be text of at most 200 characters'
        : r.origin ? { text: r.text, origin: r.origin as string } : { text: r.text },
  'card-open': (r) => {
    const token = cardTokenOf(r.token);
    if (typeof token === 'string') return token;
    if (typeof r.canAnalyse !== 'boolean') return 'canAnalyse must be true or false';
    if (!optional(r.line, isText(MAX_CARD_LINE))) return `line must be text of at most ${MAX_CARD_LINE} characters`;
    return r.line ? { token, canAnalyse: r.canAnalyse, line: r.line as string } : { token, canAnalyse: r.canAnalyse };
  },
  'card-load': (r) => (isSession(r.session) ? { session: r.session } : 'session must be a card session id'),
  'card-action': (r) =>
    !isSession(r.session) ? 'session must be a card session id'
      : r.action !== 'lookup' && r.action !== 'analyse' ? 'action must be lookup or analyse'
        : { session: r.session, action: r.action },
  'ip-owner': (r) => (isText(200)(r.address) ? { address: r.address } : 'address must be a string of at most 200 characters'),
  'as-lookup': (r) =>
    typeof r.query !== 'string' || !r.query.trim() || r.query.length > 200 ? 'query must be text of 1 to 200 characters'
      : !optional(r.limit, (n): n is number => isInt(n, 1, MAX_AS_RESULTS)) ? `limit must be a whole number from 1 to ${MAX_AS_RESULTS}`
        : r.limit === undefined ? { query: r.query } : { query: r.query, limit: r.limit as number },
  'owner-status': () => ({}),
  'page-annotated': (r) => (typeof r.active === 'boolean' ? { active: r.active } : 'active must be true or false'),
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
  if (sender !== 'content-script' && CONTENT_SCRIPT_ONLY.has(record.type)) return `${record.type} comes from content scripts only`;
  const payload = (VALIDATORS[record.type] as Validator<RequestType>)(record);
  return typeof payload === 'string' ? `${record.type}: ${payload}` : ({ type: record.type, ...payload } as Request);
}

// ---- Hand-over of log text to the side panel (storage, not a message) ----
// "Analyse selection in PortLens" and the hover card's "Analyse" (through the background) write
// this key in storage.session only (see hand-over-area.ts), with `origin` taken by the background
// from the browser's own record of the sender, never from the page. The side panel reads it on open
// and through storage.onChanged while open, then removes it; it must read storage.session only.

export const PENDING_LOG_KEY = 'portlens:pending-log';
/** A hand-over older than this is stale: the panel opened for some other reason. */
export const PENDING_LOG_TTL_MS = 10 * 60_000;
/** Most characters handed over (storage.session holds about 10 MB in Chrome). */
export const MAX_PENDING_LOG = 4_000_000;

export interface PendingLog {
  text: string;
  createdAt: number;
  /** Where the text came from, e.g. the page's origin. */
  origin?: string;
}

/** The hand-over inside a stored value, or null when it is missing, malformed, empty or stale. */
export function readPendingLog(raw: unknown, now = Date.now()): PendingLog | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { text, createdAt, origin } = raw as Partial<PendingLog>;
  if (typeof text !== 'string' || typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  if (now - createdAt > PENDING_LOG_TTL_MS || createdAt - now > 5_000 || !text.trim()) return null;
  const log: PendingLog = { text: text.slice(0, MAX_PENDING_LOG), createdAt };
  if (typeof origin === 'string' && origin) log.origin = origin.slice(0, 200);
  return log;
}
