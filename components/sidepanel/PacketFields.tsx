// What the packet's own fields say (TTL, IP ID, TCP flags, window, length): FAQ §9, under the event's
// details. Computed here from the pure knowledge function; nothing to look up.
import type { LogEvent } from '../../knowledge';
// The submodule, not the index: the panel's bundle need not carry the port tables.
import { explainPacketFields } from '../../knowledge/packet';
import { useTranslate } from '../i18n/translate-context';

/** The packet-field input of an event, with the same sender's IP IDs when they are known. */
function inputOf(e: LogEvent, ipIdSeries?: readonly number[]) {
  return {
    ttl: e.ttl, ipId: e.ipId, tcpFlags: e.tcpFlags, window: e.window, length: e.length, protocol: e.protocol, direction: e.direction,
    ...(ipIdSeries && ipIdSeries.length > 1 ? { ipIdSeries } : {}),
  };
}

export function PacketFields({ event, ipIdSeries }: { event: LogEvent; ipIdSeries?: readonly number[] }) {
  const t = useTranslate();
  const { notes, tool } = explainPacketFields(inputOf(event, ipIdSeries));
  if (notes.length === 0) return null;
  return (
    <section class="pl-packet-fields" aria-label={t('sidepanel_packetFieldsLabel')}>
      <h4 class="pl-section-title">{tool ? t('sidepanel_packetSaysTool', tool) : t('sidepanel_packetSays')}</h4>
      <dl>
        {notes.map((n) => (
          <div key={n.field} class={`pl-packet-field${n.suspicious ? ' pl-packet-suspicious' : ''}`} data-field={n.field}>
            <dt>{n.title}</dt>
            <dd>
              {n.detail}
              <span class="pl-packet-refs"> ({n.references.map((r) => r.label.split(':')[0]).join('; ')})</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
