import type { MessageKey } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';

/** What to type, one group per kind; the queries are what a user types, in any language. */
export const EXAMPLE_GROUPS: readonly { title: MessageKey; queries: readonly string[] }[] = [
  { title: 'popup_examples_ports', queries: ['3389', 'tcp/3389', '53/udp', '31337'] },
  { title: 'popup_examples_fromLog', queries: ['DPT=445 DROP', 'SPT=443', '203.0.113.5:22'] },
  { title: 'popup_examples_portRanges', queries: ['6970-7170', '33434'] },
  { title: 'popup_examples_services', queries: ['ssh', 'netbios', 'sub7', 'netbus', 'back orifice'] },
  { title: 'popup_examples_addresses', queries: ['192.168.1.1', '2001:db8::1', '10.0.0.0/8', '100.64.0.0/10'] },
  { title: 'popup_examples_owners', queries: ['8.8.8.8', 'AS15169', 'hetzner'] },
  { title: 'popup_examples_icmp', queries: ['icmp 3/4', 'type 11 code 0', 'icmpv6 135'] },
  { title: 'popup_examples_topics', queries: ['smurf', 'traceroute', 'decoy'] },
];

export interface ExamplesPanelProps {
  onPick(query: string): void;
  heading?: string;
}

/** Clickable example queries: what to type, one of each kind. */
export function ExamplesPanel({ onPick, heading }: ExamplesPanelProps) {
  const t = useTranslate();
  return (
    <section class="pl-examples" aria-labelledby="pl-examples-title">
      <h2 id="pl-examples-title" class="pl-section-title">{heading ?? t('popup_examplesOnOpen')}</h2>
      {EXAMPLE_GROUPS.map((group) => (
        <div key={group.title} class="pl-example-group">
          <span class="pl-example-kind">{t(group.title)}</span>
          {group.queries.map((q) => (
            <button key={q} type="button" class="pl-chip" onClick={() => onPick(q)} aria-label={t('popup_lookUp', q)}>
              {q}
            </button>
          ))}
        </div>
      ))}
    </section>
  );
}
