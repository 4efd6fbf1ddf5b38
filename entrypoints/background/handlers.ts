// One handler per message type. Handlers receive requests that validateRequest already checked.
import { classifyAddress, createKnowledge, createOwnerKnowledge, explainIcmp, explainPacketFields, type IanaPortSource } from '../../knowledge';
import type { KnowledgeStatus, Request, RequestType, ResponseOf } from '../../messaging/protocol';
import { searchQueryOf } from '../../knowledge/tokens';
import { checkAction, type CardSessions } from './card-sessions';
import { loadCardSections } from './card-sections';
import type { PortLensDatabase } from './database';
import type { KnowledgeStore } from './knowledge-store';
import { importNotes, previewNotesImport } from './notes-import';
import { exportNotes, getNote, listNotes, setNote } from './notes-store';
import type { TimedOwnerSource } from './packaged-owner-source';
import type { PageHandoff, RequestOrigin } from './page-handoff';
import { pageOrigin } from './page-origin';
import { ownerStatus } from './owner-status';
import type { SeedState } from './database';
import { readSeedState } from './seed-knowledge';
import type { ToolbarIcon } from './toolbar-icon';

export interface HandlerDeps {
  db: PortLensDatabase;
  ports: IanaPortSource;
  /** Who owns an address: loaded on the first owner request, once per worker life. */
  owners: TimedOwnerSource;
  /** The hover card's hand-overs to the popup and the side panel (needs the browser; given by the router). */
  pages?: PageHandoff;
  /** The page card's sessions (given by the router, like `pages`). */
  cards?: CardSessions;
  /** The connection keeper: its health, and "Rebuild the knowledge base". */
  knowledge?: Pick<KnowledgeStore, 'health' | 'rebuild'>;
  /** The toolbar icon's per-tab state (given by the router, like `pages`). */
  toolbar?: ToolbarIcon;
}

type Handler<T extends RequestType> = (request: Request<T>, deps: HandlerDeps, from: RequestOrigin) => Promise<ResponseOf<T>> | ResponseOf<T>;

/** A port's risk comes from the curated facts alone, so the IANA rows are not needed for it. */
const NO_IANA_ROWS: IanaPortSource = { lookup: () => [], findByName: () => [] };
const riskKnowledge = createKnowledge(NO_IANA_ROWS);

function statusOf(state: SeedState | undefined, deps: HandlerDeps): KnowledgeStatus {
  const status: KnowledgeStatus = { assetHash: state?.assetHash ?? '', seeded: Boolean(state?.done), ports: state?.nextIndex ?? 0, seedMs: state?.seedMs };
  if (state?.seededAt) status.seededAt = state.seededAt;
  if (deps.knowledge) status.health = deps.knowledge.health();
  return status;
}

function requireKnowledge(deps: HandlerDeps): Pick<KnowledgeStore, 'health' | 'rebuild'> {
  if (!deps.knowledge) throw new Error('this background cannot rebuild the knowledge base');
  return deps.knowledge;
}

function requirePages(deps: HandlerDeps): PageHandoff {
  if (!deps.pages) throw new Error('this background cannot open the popup or the side panel');
  return deps.pages;
}

function requireToolbar(deps: HandlerDeps): ToolbarIcon {
  if (!deps.toolbar) throw new Error('this background has no toolbar icon');
  return deps.toolbar;
}

function requireCards(deps: HandlerDeps): CardSessions {
  if (!deps.cards) throw new Error('this background shows no page cards');
  return deps.cards;
}

export const HANDLERS: { [T in RequestType]: Handler<T> } = {
  'explain-port': (r, d) => createKnowledge(d.ports).explainPort(r.port, { protocol: r.protocol, role: r.role, action: r.action }),
  'classify-address': (r) => classifyAddress(r.text),
  'explain-icmp': (r) => explainIcmp(r.icmpType, r.code, r.version ?? 4),
  'explain-packet-fields': (r) => explainPacketFields(r),
  search: (r, d) => createKnowledge(d.ports).search(r.query),
  'note-get': (r, d) => getNote(d.db, r.key),
  'note-set': (r, d) => setNote(d.db, r.key, r.text),
  'notes-list': (_r, d) => listNotes(d.db),
  'notes-export': (_r, d) => exportNotes(d.db),
  'notes-import': (r, d) => importNotes(d.db, r.json),
  'notes-import-preview': (r, d) => previewNotesImport(d.db, r.json),
  'knowledge-status': async (_r, d) => statusOf(await readSeedState(d.db), d),
  'knowledge-rebuild': async (_r, d) => statusOf(await requireKnowledge(d).rebuild(), d),
  'port-risks': (r) => Promise.all(r.ports.map(async (q) => (await riskKnowledge.explainPort(q.port, { role: q.role, action: q.action })).risk)),
  'open-in-popup': (r, d) => requirePages(d).openInPopup(r.query),
  'card-open': (r, d, from) => ({ session: requireCards(d).open(r, from, pageOrigin(from.url)) }),
  'card-load': async (r, d, from) => {
    const s = requireCards(d).get(r.session, from);
    return { token: s.token, canAnalyse: s.canAnalyse, sections: await loadCardSections(s, d) };
  },
  'card-action': (r, d, from) => {
    const cards = requireCards(d);
    const s = cards.get(r.session, from);
    checkAction(s, r.action);
    const tab = { tabId: s.tabId, windowId: s.windowId };
    return r.action === 'lookup' ? requirePages(d).openInPopup(searchQueryOf(s.token), tab) : requirePages(d).analyseText(() => cards.logText(s), tab, s.origin);
  },
  'analyse-text': (r, d, from) => requirePages(d).analyseText(r.text, from),
  'ip-owner': (r, d) => createOwnerKnowledge(d.owners).ipOwner(r.address),
  'as-lookup': (r, d) => createOwnerKnowledge(d.owners).asLookup(r.query, r.limit),
  'owner-status': (_r, d) => ownerStatus(d.owners),
  'page-annotated': (r, d, from) => requireToolbar(d).pageAnnotated(from, r.active),
};
