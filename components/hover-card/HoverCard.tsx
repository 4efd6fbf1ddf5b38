// The card shown when the pointer rests on a port or address in a page. Props only: the card's
// extension page (entrypoints/card) fetches the sections and performs the actions.
import type { CardSection } from '../../messaging/protocol';
import { AddressCard } from '../cards/AddressCard';
import { CidrCard } from '../cards/CidrCard';
import { OwnerLine } from '../cards/OwnerLine';
import { PacketFieldCard } from '../cards/PacketFieldCard';
import { PortCard } from '../cards/PortCard';
import { PortRangeCard } from '../cards/PortRangeCard';

/** The shared short cards for what a page token can be, by kind of section. */
function SectionCard({ section }: { section: CardSection }) {
  switch (section.kind) {
    case 'result':
      return <ResultSection {...section} />;
    case 'owner':
      return (
        <div class="pl-card" data-kind="owner">
          <OwnerLine answer={section.answer} />
        </div>
      );
    case 'packet':
      return <PacketFieldCard field={section.field} explanation={section.explanation} />;
    default:
      return null;
  }
}

function ResultSection({ result, note }: Extract<CardSection, { kind: 'result' }>) {
  switch (result.kind) {
    case 'port':
      return <PortCard explanation={result.explanation} note={note} />;
    case 'port-range':
      return <PortRangeCard label={result.label} summary={result.summary} facts={result.facts} ranges={result.ranges} />;
    case 'address':
      return <AddressCard classification={result.classification} note={note} />;
    case 'cidr':
      return <CidrCard cidr={result.cidr} />;
    default:
      return null;
  }
}

const CARD_TEXT = {
  details: (token: string) => `What PortLens knows about ${token}`,
};

export interface HoverCardProps {
  /** The token as written on the page, e.g. "198.51.100.7:22". */
  tokenText: string;
  /** "Port", "IPv4 address", "Address and port"... */
  kindLabel: string;
  /** Where the page says the token sits ("source", "destination"), when it says. */
  role?: 'source' | 'destination';
  state: 'loading' | 'ready' | 'error';
  error?: string;
  sections: readonly CardSection[];
  pinned: boolean;
  /** Feedback after an action: "Copied", "Opened in the popup". */
  status?: string;
  /** The token sits in a log or table the side panel can analyse. */
  canAnalyse: boolean;
  /** The popup's search can look the token up (not a packet field such as TTL=47); default true. */
  canLookUp?: boolean;
  /** Each action gets its click, so the wiring can refuse clicks a script made up (isTrusted). */
  onCopy(event: MouseEvent): void;
  onPin(event: MouseEvent): void;
  onClose(event: MouseEvent): void;
  onLookup(event: MouseEvent): void;
  onAnalyse(event: MouseEvent): void;
  /** Pointer down on the header: the content script drags a pinned card. */
  onDragStart?(event: PointerEvent): void;
}

export function HoverCard(props: HoverCardProps) {
  const { tokenText, kindLabel, role, state, sections, pinned } = props;
  return (
    <section class={`plh-card${pinned ? ' plh-pinned' : ''}`} role="dialog" aria-label={`PortLens: ${tokenText}`} data-state={state}>
      <header class="plh-head" onPointerDown={(e) => props.onDragStart?.(e)}>
        <span class="plh-token">
          <code>{tokenText}</code>
          <span class="plh-kind">
            {kindLabel}
            {role ? ` · ${role}` : ''}
          </span>
        </span>
        <span class="plh-head-buttons">
          <button type="button" class="plh-icon" aria-pressed={pinned} title={pinned ? 'Unpin' : 'Pin: keep this card open'} onClick={props.onPin}>
            {pinned ? 'Unpin' : 'Pin'}
          </button>
          <button type="button" class="plh-icon" title="Close (Esc)" aria-label="Close" onClick={props.onClose}>
            ×
          </button>
        </span>
      </header>
      {/* Focusable, so a keyboard can scroll a long card (the card's controls come before and after it). */}
      <div class="plh-body" tabIndex={0} role="region" aria-label={CARD_TEXT.details(tokenText)}>
        {state === 'loading' && <p class="plh-loading">Looking it up…</p>}
        {state === 'error' && <p class="plh-error">{props.error ?? 'PortLens could not explain this.'}</p>}
        {sections.map((s, i) => (
          <SectionCard key={i} section={s} />
        ))}
      </div>
      <footer class="plh-actions">
        <button type="button" class="plh-button" onClick={props.onCopy}>Copy</button>
        {props.canLookUp !== false && (
          <button type="button" class="plh-button" onClick={props.onLookup}>Look up in popup</button>
        )}
        {props.canAnalyse && (
          <button type="button" class="plh-button" onClick={props.onAnalyse} title="Send the surrounding log to the PortLens side panel">
            Analyse log
          </button>
        )}
        {props.status && (
          <span class="plh-status" role="status">
            {props.status}
          </span>
        )}
      </footer>
    </section>
  );
}
