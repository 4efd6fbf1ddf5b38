// The full explanation of one event: its ports in their roles, both addresses, the ICMP type.
import { useEffect, useState } from 'preact/hooks';
import type { AddressClassification, IcmpExplanation, LogEvent, PortExplanation } from '../../knowledge';
import { AddressCard } from '../cards/AddressCard';
import type { Translate } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';
import { IcmpCard } from '../cards/IcmpCard';
import { PortCard } from '../cards/PortCard';
import { clip, isIcmp, transportOf } from './event-cells';
import { PacketFields } from './PacketFields';
import type { SidePanelDeps } from './sidepanel-deps';

export type ExplainDeps = Pick<SidePanelDeps, 'explainPort' | 'classifyAddress' | 'explainIcmp'>;

interface Explained {
  line: number;
  destinationPort?: PortExplanation;
  sourcePort?: PortExplanation;
  source?: AddressClassification | null;
  destination?: AddressClassification | null;
  icmp?: IcmpExplanation;
  error?: string;
}

async function explainEvent(deps: ExplainDeps, e: LogEvent): Promise<Explained> {
  const protocol = transportOf(e);
  const none = Promise.resolve(undefined);
  const [destinationPort, sourcePort, source, destination, icmp] = await Promise.all([
    e.dstPort !== undefined && !isIcmp(e) ? deps.explainPort(e.dstPort, protocol, 'destination', e.action) : none,
    e.srcPort !== undefined && !isIcmp(e) ? deps.explainPort(e.srcPort, protocol, 'source', e.action) : none,
    e.src ? deps.classifyAddress(e.src) : none,
    e.dst ? deps.classifyAddress(e.dst) : none,
    isIcmp(e) ? deps.explainIcmp(e.icmpType as number, e.icmpCode, e.protocol === 'icmpv6' ? 6 : 4) : none,
  ]);
  return { line: e.line, destinationPort, sourcePort, source, destination, icmp };
}

function facts(t: Translate, e: LogEvent): string {
  const parts = [
    t('sidepanel_factLine', e.line),
    t('sidepanel_factFormat', e.format),
    e.actionText && t('sidepanel_factAction', e.actionText),
    e.direction && t('sidepanel_factDirection', e.direction),
    e.interface && t('sidepanel_factInterface', e.interface),
    e.ttl !== undefined && t('sidepanel_factTtl', e.ttl),
    e.ipId !== undefined && t('sidepanel_factIpId', e.ipId),
    e.tcpFlags?.length && t('sidepanel_factFlags', e.tcpFlags.join(' ')),
    e.window !== undefined && t('sidepanel_factWindow', e.window),
    e.length !== undefined && t('sidepanel_factLength', e.length),
    e.rule && t('sidepanel_factRule', e.rule),
    e.service && t('sidepanel_factService', e.service),
    e.kind && t('sidepanel_factKind', e.kind),
    e.method && t('sidepanel_factMethod', e.method),
    e.status !== undefined && t('sidepanel_factStatus', e.status),
    e.queryType && t('sidepanel_factQuery', e.queryType),
    e.user && t('sidepanel_factUser', e.user),
  ];
  return parts.filter(Boolean).join(' · ');
}

export interface EventDetailsProps {
  event: LogEvent;
  deps: ExplainDeps;
  pinned: boolean;
  onClose(): void;
  /** The same sender's IP IDs around this event, to see whether they climb. */
  ipIdSeries?: readonly number[];
}

export function EventDetails({ event, deps, pinned, onClose, ipIdSeries }: EventDetailsProps) {
  const t = useTranslate();
  const [explained, setExplained] = useState<Explained | null>(null);

  useEffect(() => {
    let live = true;
    explainEvent(deps, event).then(
      (x) => live && setExplained(x),
      (err: unknown) => live && setExplained({ line: event.line, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [deps, event]);

  const x = explained?.line === event.line ? explained : null;
  return (
    <section class="pl-details" aria-label={t('sidepanel_detailsLabel', event.line)} aria-live="polite">
      <header class="pl-details-head">
        <h3 class="pl-section-title">{pinned ? t('sidepanel_rowTitle', event.line) : t('sidepanel_detailsPreviewTitle', event.line)}</h3>
        {pinned && <button type="button" class="pl-link" onClick={onClose}>{t('sidepanel_close')}</button>}
      </header>
      <p class="pl-details-facts">{facts(t, event)}</p>
      <code class="pl-raw pl-raw-block">{clip(event.raw)}</code>
      {event.target && <p class="pl-details-target">{t('sidepanel_askedFor')} <code class="pl-raw">{clip(event.target, 300)}</code></p>}
      <PacketFields event={event} ipIdSeries={ipIdSeries} />
      {!x && <p class="pl-hint">{t('sidepanel_lookingUp')}</p>}
      {x?.error && <p class="pl-error">{t('sidepanel_explainFailed', x.error)}</p>}
      {x && (
        <div class="pl-detail-cards">
          {x.icmp && <IcmpCard explanation={x.icmp} />}
          {x.destinationPort && <PortCard explanation={x.destinationPort} />}
          {x.sourcePort && <PortCard explanation={x.sourcePort} />}
          {x.source && <AddressCard classification={x.source} />}
          {x.destination && <AddressCard classification={x.destination} />}
        </div>
      )}
    </section>
  );
}
