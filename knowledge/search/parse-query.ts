// Recognises what a typed query is: a port, a range, an ICMP type/code, an address, a CIDR or words.

export type ParsedQuery =
  | { kind: 'port'; port: number; protocol?: 'tcp' | 'udp' }
  | { kind: 'port-range'; first: number; last: number; protocol?: 'tcp' | 'udp' }
  | { kind: 'icmp'; version: 4 | 6; type: number; code?: number }
  | { kind: 'address'; text: string }
  | { kind: 'cidr'; text: string }
  | { kind: 'words'; text: string }
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string };

const MAX_PORT = 65535;

function portOrInvalid(n: number, text: string): ParsedQuery | null {
  return n > MAX_PORT ? { kind: 'invalid', message: `${text} is above 65535, the highest port number.` } : null;
}

export function parseQuery(raw: string): ParsedQuery {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return { kind: 'empty' };
  const lower = text.toLowerCase();

  // ICMP: "icmp 3/4", "icmp 3 4", "icmpv6 135", "type 11 code 0", "icmp type 3 code 13"
  const icmp = /^(icmp(?:v?6)?)?\s*(?:type\s*)?(\d{1,3})(?:\s*(?:\/|\s|code\s*)\s*(\d{1,3}))?$/.exec(lower);
  if (icmp && (icmp[1] || /^type\b/.test(lower.replace(/^icmp(v?6)?\s*/, '')))) {
    const version = icmp[1] && icmp[1] !== 'icmp' ? 6 : 4;
    const type = Number(icmp[2]);
    const code = icmp[3] === undefined ? undefined : Number(icmp[3]);
    if (type > 255 || (code !== undefined && code > 255)) return { kind: 'invalid', message: 'ICMP types and codes run from 0 to 255.' };
    return { kind: 'icmp', version, type, code };
  }

  // Ports: "3389", "tcp/3389", "3389/udp", "tcp 3389", "port 3389", ":3389"
  const port = /^(?:(tcp|udp)\s*[/ ]\s*|port\s+|:)?(\d{1,6})(?:\s*\/\s*(tcp|udp))?$/.exec(lower);
  if (port) {
    const n = Number(port[2]);
    const protocol = (port[1] ?? port[3]) as 'tcp' | 'udp' | undefined;
    return portOrInvalid(n, port[2]) ?? { kind: 'port', port: n, protocol };
  }

  // Ranges: "6970-7170", "1024:65535", "tcp/6970-7170", "6970-7170/udp"
  const range = /^(?:(tcp|udp)\s*[/ ]\s*|ports?\s+)?(\d{1,6})\s*[-:–]\s*(\d{1,6})(?:\s*\/\s*(tcp|udp))?$/.exec(lower);
  if (range) {
    const a = Number(range[2]);
    const b = Number(range[3]);
    const bad = portOrInvalid(Math.max(a, b), String(Math.max(a, b)));
    if (bad) return bad;
    return { kind: 'port-range', first: Math.min(a, b), last: Math.max(a, b), protocol: (range[1] ?? range[4]) as 'tcp' | 'udp' | undefined };
  }

  if (/^[0-9a-f:.%[\]]+\/\d{1,3}$/i.test(text) && /[.:]/.test(text)) return { kind: 'cidr', text };
  if (/^\[?[0-9a-f:.]+(%[\w.-]+)?\]?$/i.test(text) && (/^\d{1,3}(\.\d{1,3}){3}$/.test(text) || text.includes(':'))) {
    return { kind: 'address', text };
  }
  return { kind: 'words', text: lower };
}
