export const EXAMPLE_GROUPS: readonly { title: string; queries: readonly string[] }[] = [
  { title: 'Ports', queries: ['3389', 'tcp/3389', '53/udp', '31337'] },
  { title: 'From a log', queries: ['DPT=445 DROP', 'SPT=443', '203.0.113.5:22'] },
  { title: 'Port ranges', queries: ['6970-7170', '33434'] },
  { title: 'Services and trojans', queries: ['ssh', 'netbios', 'sub7', 'netbus', 'back orifice'] },
  { title: 'Addresses and blocks', queries: ['192.168.1.1', '2001:db8::1', '10.0.0.0/8', '100.64.0.0/10'] },
  { title: 'Who owns it', queries: ['8.8.8.8', 'AS15169', 'hetzner'] },
  { title: 'ICMP', queries: ['icmp 3/4', 'type 11 code 0', 'icmpv6 135'] },
  { title: 'Topics', queries: ['smurf', 'traceroute', 'decoy'] },
];

export interface ExamplesPanelProps {
  onPick(query: string): void;
  heading?: string;
}

/** Clickable example queries: what to type, one of each kind. */
export function ExamplesPanel({ onPick, heading = 'Try one of these' }: ExamplesPanelProps) {
  return (
    <section class="pl-examples" aria-labelledby="pl-examples-title">
      <h2 id="pl-examples-title" class="pl-section-title">{heading}</h2>
      {EXAMPLE_GROUPS.map((group) => (
        <div key={group.title} class="pl-example-group">
          <span class="pl-example-kind">{group.title}</span>
          {group.queries.map((q) => (
            <button key={q} type="button" class="pl-chip" onClick={() => onPick(q)} aria-label={`Look up ${q}`}>
              {q}
            </button>
          ))}
        </div>
      ))}
    </section>
  );
}
