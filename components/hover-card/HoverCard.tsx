// The card shown when the pointer rests on a port or address in a page. Props only: the card's
// extension page (entrypoints/card) fetches the sections and performs the actions.
import type { CardSection } from '../../messaging/protocol';
import { AddressCard } from '../cards/AddressCard';
import { CidrCard } from '../cards/CidrCard';
import { OwnerLine } from '../cards/OwnerLine';
import { PacketFieldCard } from '../cards/PacketFieldCard';
import { PortCard } from '../cards/PortCard';
import { PortRangeCard } from '../cards/PortRangeCard';
import { useTranslate } from '../i18n/translate-context';

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

export interface HoverCardProps {
  /** The token as written on the page, e.g. "198.51.100.7:22". */
  tokenText: string;
  /** "Port", "IPv4 address", "Address and port"... in the shown language. */
  kindLabel: string;
  /** Where the page says the token sits ("source", "destination"), when it says. */
  role?: 'source' | 'destination';
  state: 'loading' | 'ready' | 'error';
  /** Why the card could not be loaded, already worded for the reader. */
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
  const t = useTranslate();
  return (
    <section class={`plh-card${pinned ? ' plh-pinned' : ''}`} role="dialog" aria-label={t('pagecard_dialogLabel', tokenText)} data-state={state}>
      <header class="plh-head" onPointerDown={(e) => props.onDragStart?.(e)}>
        <span class="plh-token">
          <code>{tokenText}</code>
          <span class="plh-kind">
            {kindLabel}
            {role ? ` · ${t(role === 'source' ? 'pagecard_roleSource' : 'pagecard_roleDestination')}` : ''}
          </span>
        </span>
        <span class="plh-head-buttons">
          <button type="button" class="plh-icon" aria-pressed={pinned} title={t(pinned ? 'pagecard_unpinTitle' : 'pagecard_pinTitle')} onClick={props.onPin}>
            {t(pinned ? 'pagecard_unpin' : 'pagecard_pin')}
          </button>
          <button type="button" class="plh-icon" title={t('pagecard_closeTitle')} aria-label={t('pagecard_close')} onClick={props.onClose}>
            ×
          </button>
        </span>
      </header>
      {/* Focusable, so a keyboard can scroll a long card (the card's controls come before and after it). */}
      <div class="plh-body" tabIndex={0} role="region" aria-label={t('pagecard_bodyLabel', tokenText)}>
        {state === 'loading' && <p class="plh-loading">{t('pagecard_loading')}</p>}
        {state === 'error' && <p class="plh-error">{props.error ?? t('pagecard_failed')}</p>}
        {sections.map((s, i) => (
          <SectionCard key={i} section={s} />
        ))}
      </div>
      <footer class="plh-actions">
        <button type="button" class="plh-button" onClick={props.onCopy}>{t('pagecard_copy')}</button>
        {props.canLookUp !== false && (
          <button type="button" class="plh-button" onClick={props.onLookup}>{t('pagecard_lookUp')}</button>
        )}
        {props.canAnalyse && (
          <button type="button" class="plh-button" onClick={props.onAnalyse} title={t('pagecard_analyseTitle')}>
            {t('pagecard_analyse')}
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
