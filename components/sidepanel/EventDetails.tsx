// The full explanation of one event: its ports in their roles, both addresses, the ICMP type.
import { useEffect, useState } from 'preact/hooks';
import type { AddressClassification, IcmpExplanation, LogEvent, PortExplanation } from '../../knowledge';
import { AddressCard } from '../cards/AddressCard';
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

function facts(e: LogEvent): string {
  const parts = [
    `line ${e.line}`,
    `format ${e.format}`,
    e.actionText && `action ${e.actionText}`,
    e.direction && `direction ${e.direction}`,
    e.interface && `interface ${e.interface}`,
    e.ttl !== undefined && `TTL ${e.ttl}`,
    e.ipId !== undefined && `IP ID ${e.ipId}`,
    e.tcpFlags?.length && `flags ${e.tcpFlags.join(' ')}`,
    e.window !== undefined && `window ${e.window}`,
    e.length !== undefined && `length ${e.length}`,
    e.rule && `rule ${e.rule}`,
    e.service && `service ${e.service}`,
    e.kind && `what ${e.kind}`,
    e.method && `method ${e.method}`,
    e.status !== undefined && `status ${e.status}`,
    e.queryType && `query ${e.queryType}`,
    e.user && `user ${e.user}`,
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
    <section class="pl-details" aria-label={`Line ${event.line} explained`} aria-live="polite">
      <header class="pl-details-head">
        <h3 class="pl-section-title">Line {event.line}{pinned ? '' : ' (preview)'}</h3>
        {pinned && <button type="button" class="pl-link" onClick={onClose}>Close</button>}
      </header>
      <p class="pl-details-facts">{facts(event)}</p>
      <code class="pl-raw pl-raw-block">{clip(event.raw)}</code>
      {event.target && <p class="pl-details-target">Asked for: <code class="pl-raw">{clip(event.target, 300)}</code></p>}
      <PacketFields event={event} ipIdSeries={ipIdSeries} />
      {!x && <p class="pl-hint">Looking it up…</p>}
      {x?.error && <p class="pl-error">Could not explain this line: {x.error}</p>}
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
