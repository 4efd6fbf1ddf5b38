// Netgear consumer routers (web UI / e-mailed log):
// "[DoS Attack: SYN/ACK Scan] from source: 68.40.255.235, port 80, Tuesday, February 16, 2016 17:35:23"
//   — the port is the remote SOURCE port; the router's own address is not printed;
// "[DoS attack: RST Scan] from source: 69.147.65.252:443, …", "[DoS attack: FIN Scan] (1) attack packets in
// last 20 sec from ip [151.101.186.133], …", "[LAN access from remote] from a:p to b:p, …" (a port forward).
import type { LogEvent, LogParser } from '../types';
import { normalizeAddress, toPort } from './lib/normalize';
import { bsdToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const A = '([0-9A-Fa-f:.]{2,45}?)';
const DOS = new RegExp(`^\\[(DoS [Aa]ttack: [^\\]]{1,80})\\] from source:? ${A}(?::(\\d{1,5})|, port (\\d{1,5}))?,`);
const DOS_COUNT = new RegExp(`^\\[(DoS [Aa]ttack: [^\\]]{1,80})\\] \\(\\d{1,10}\\) attack packets in last \\d{1,5} sec from ip \\[${A}\\]`);
const LAN = new RegExp(`^\\[(LAN access from remote)\\] from ${A}:(\\d{1,5}) to ${A}:(\\d{1,5}),`);
const WHEN = /, ((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, ([A-Z][a-z]{2,8}) (\d{1,2}), ?(\d{4}) (\d{2}:\d{2}:\d{2}))$/;

function readTime(line: string, out: Parsed): void {
  const w = WHEN.exec(line.slice(-80));
  if (!w) return;
  out.timeText = w[1];
  const t = bsdToEpoch(w[2], w[3], w[5], Number(w[4]));
  if (t !== undefined) out.time = t;
}

export const netgear: LogParser = {
  id: 'netgear',
  name: 'Netgear router log',
  test(line) {
    // Any "[event] …, <Weekday>, <Month> <d>, <yyyy> hh:mm:ss" line is Netgear's; only some carry traffic.
    return line.startsWith('[') && WHEN.test(line.slice(-80));
  },
  parse(line) {
    const out: Parsed = {};
    let m = LAN.exec(line);
    if (m) {
      const src = normalizeAddress(m[2]);
      const dst = normalizeAddress(m[4]);
      if (!src || !dst) return null;
      Object.assign(out, { action: 'allow', src, srcPort: toPort(m[3]), dst, dstPort: toPort(m[5]), direction: 'in', rule: m[1] });
    } else if ((m = DOS.exec(line) ?? DOS_COUNT.exec(line))) {
      const src = normalizeAddress(m[2]);
      if (!src) return null;
      out.action = 'deny';
      out.src = src;
      const sp = toPort(m[3] ?? m[4]);
      if (sp !== undefined) out.srcPort = sp;
      out.direction = 'in';
      out.rule = m[1];
    } else {
      return null;
    }
    for (const key of Object.keys(out) as (keyof Parsed)[]) if (out[key] === undefined) delete out[key];
    readTime(line, out);
    return out;
  },
};
