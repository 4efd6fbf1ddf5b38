// The page card's sections in the background: the owner of a public address, the port's outcome
// after the action its log line names, and the packet fields of the line around a hovered field.
// Real loaders over the shipped port table, owner data and log parsers.
import { describe, expect, it } from 'vitest';
import { loadCardSections } from '../../../entrypoints/background/card-sections';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';
import { bundledOwnerSource, createOwnerSourceFrom, detectTokens, type PortExplanation } from '../../../knowledge';
import { bundledIanaSource } from '../../../knowledge/ports/bundled-iana-source';
import type { CardSection, CardToken } from '../../../messaging/protocol';

const NO_NOTES = { get: async () => undefined };

async function depsWith(owners = bundledOwnerSource()): Promise<HandlerDeps> {
  return { db: NO_NOTES, ports: await bundledIanaSource(), owners } as unknown as HandlerDeps;
}

const brokenOwners = () => createOwnerSourceFrom(async () => { throw new Error('owner data: truncated file'); });

/** The token the content script would send for `text` inside `line`. */
function tokenIn(line: string, text: string): CardToken {
  const found = detectTokens(line).find((t) => t.text === text);
  if (!found) throw new Error(`no token ${text} in ${line}`);
  const { start: _start, end: _end, ...token } = found;
  return token;
}

const NETFILTER = (action: string) =>
  `Dec  3 10:00:01 gw kernel: [UFW ${action}] IN=eth0 OUT= MAC=00:11:22:33:44:55:66:77:88:99:aa:bb:08:00 SRC=8.8.8.8 DST=192.168.1.2 LEN=40 TOS=0x00 PREC=0x00 TTL=47 ID=54321 PROTO=TCP SPT=40000 DPT=445 WINDOW=1024 RES=0x00 SYN URGP=0`;

const portOf = (sections: CardSection[]) => {
  const s = sections.find((x) => x.kind === 'result' && x.result.kind === 'port');
  return s?.kind === 'result' && s.result.kind === 'port' ? (s.result.explanation as PortExplanation) : undefined;
};

describe('the owner section', () => {
  it('names the AS holding a public address, after its address section', async () => {
    const deps = await depsWith();
    const sections = await loadCardSections({ token: tokenIn(NETFILTER('BLOCK'), '8.8.8.8') }, deps);
    expect(sections.map((s) => s.kind)).toEqual(['result', 'owner']);
    const owner = sections[1];
    expect(owner.kind === 'owner' && owner.answer.available && owner.answer.owner?.asn).toBe(15169);
  });

  it('says the owner data is unavailable when it cannot be loaded, and keeps the rest of the card', async () => {
    const sections = await loadCardSections({ token: { kind: 'ipv4', text: '8.8.8.8', address: '8.8.8.8' } }, await depsWith(brokenOwners()));
    expect(sections[0]).toMatchObject({ kind: 'result', result: { kind: 'address' } });
    expect(sections[1]).toMatchObject({ kind: 'owner', address: '8.8.8.8', answer: { available: false, reason: expect.stringMatching(/^owner data unavailable/) } });
  });

  it('shows nothing for special-purpose addresses, even when the owner data is missing', async () => {
    const deps = await depsWith(brokenOwners());
    for (const address of ['192.168.1.2', '10.0.0.1', '203.0.113.5', 'fe80::1', '224.0.0.251']) {
      const kind = address.includes(':') ? 'ipv6' : 'ipv4';
      const sections = await loadCardSections({ token: { kind, text: address, address } }, deps);
      expect(sections.map((s) => s.kind), address).toEqual(['result']);
    }
  });

  it('answers for the address of an endpoint, not for ranges or networks', async () => {
    const deps = await depsWith();
    const endpoint = await loadCardSections({ token: { kind: 'endpoint', text: '1.1.1.1:53', address: '1.1.1.1', port: 53 } }, deps);
    expect(endpoint.find((s) => s.kind === 'owner')).toMatchObject({ answer: { available: true, owner: { asn: 13335 } } });
    const cidr = await loadCardSections({ token: { kind: 'cidr', text: '8.8.8.0/24', address: '8.8.8.0', prefixLength: 24 } }, deps);
    expect(cidr.some((s) => s.kind === 'owner')).toBe(false);
  });
});

describe('the port section reads the action of its log line', () => {
  it('calls DPT=445 on a BLOCK or DROP line a blocked probe, on an ACCEPT line an exposed service', async () => {
    const deps = await depsWith();
    const outcome = async (line: string) => portOf(await loadCardSections({ token: tokenIn(line, '445'), line }, deps));
    expect(await outcome(NETFILTER('BLOCK'))).toMatchObject({ action: 'deny', outcome: { kind: 'blocked-probe' } });
    const dropped = `Dec  3 10:00:01 gw kernel: IPTABLES DROP: IN=eth0 OUT= SRC=8.8.8.8 DST=192.168.1.2 LEN=40 TTL=47 ID=1 PROTO=TCP SPT=40000 DPT=445 WINDOW=1024 RES=0x00 SYN URGP=0`;
    expect(await outcome(dropped)).toMatchObject({ action: 'deny', outcome: { kind: 'blocked-probe' } });
    expect(await outcome(NETFILTER('ALLOW'))).toMatchObject({ action: 'allow', outcome: { kind: 'exposed-service' } });
    const blocked = (await outcome(NETFILTER('BLOCK'))) as PortExplanation;
    const allowed = (await outcome(NETFILTER('ALLOW'))) as PortExplanation;
    expect(blocked.outcome.text).not.toBe(allowed.outcome.text);
  });

  it('passes no action when the line says none (a router table row, no line at all)', async () => {
    const deps = await depsWith();
    const line = 'TCP 192.168.1.2:445 ESTABLISHED';
    const port = portOf(await loadCardSections({ token: { kind: 'port', text: '445', port: 445, role: 'destination' }, line }, deps));
    expect(port?.action).toBeUndefined();
    expect(port?.outcome.kind).toBe('probe');
  });
});

describe('the packet section', () => {
  const LINE = NETFILTER('BLOCK').replace('RES=0x00 SYN', 'RES=0x00 SYN URG PSH FIN');

  it('explains the hovered TTL with the rest of its packet read from the line', async () => {
    const sections = await loadCardSections({ token: tokenIn(LINE, 'TTL=47'), line: LINE }, await depsWith());
    expect(sections).toHaveLength(1);
    const packet = sections[0];
    if (packet.kind !== 'packet') throw new Error('not a packet section');
    expect(packet.field).toBe('ttl');
    const fields = packet.explanation.notes.map((n) => n.field);
    expect(fields).toEqual(expect.arrayContaining(['ttl', 'ipId', 'tcpFlags', 'length']));
    expect(packet.explanation.notes.find((n) => n.field === 'ttl')?.title).toMatch(/64/);
    expect(packet.explanation.notes.find((n) => n.field === 'tcpFlags')?.suspicious).toBe(true);
  });

  it('names the field the pointer is on, for each field of the line', async () => {
    const deps = await depsWith();
    for (const [text, field] of [['ID=54321', 'ipId'], ['WINDOW=1024', 'window'], ['SYN URG PSH FIN', 'tcpFlags']] as const) {
      const [section] = await loadCardSections({ token: tokenIn(LINE, text), line: LINE }, deps);
      expect(section).toMatchObject({ kind: 'packet', field });
    }
  });

  it('falls back to the token\'s own value when no parser reads the line', async () => {
    const line = '10:00:01.5 IP 203.0.113.9.4000 > 192.168.1.2.22: Flags [F], seq 1, win 1024';
    const [section] = await loadCardSections({ token: tokenIn(line, 'Flags [F]'), line }, await depsWith());
    expect(section).toMatchObject({ kind: 'packet', field: 'tcpFlags' });
    expect(section.kind === 'packet' && section.explanation.notes[0]).toMatchObject({ field: 'tcpFlags', suspicious: true });
  });
});
