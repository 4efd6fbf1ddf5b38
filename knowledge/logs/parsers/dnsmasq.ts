// dnsmasq and Pi-hole (pihole.log, pihole-FTL) query logs: "Nov 25 10:38:01 dnsmasq[1234]: query[A]
// example.com from 192.168.1.20". Only the query lines name the client; answer lines (reply, cached,
// forwarded, gravity blocked) do not, and are left unparsed with that reason.
import type { LogParser } from '../types';
import { normalizeAddress } from './lib/normalize';
import { serverEvent } from './lib/server-fields';

const QUERY = /^query\[([A-Za-z0-9]{1,10})\] (\S{1,255}) from ([0-9A-Fa-f:.]{2,45})$/;
const PROGRAM = /^(?:dnsmasq|pihole-FTL)$/;
const TRANSFERS = new Set(['AXFR', 'IXFR']);

export const dnsmasq: LogParser = {
  id: 'dnsmasq',
  name: 'dnsmasq / Pi-hole',
  test(line, context) {
    return context.program !== undefined ? PROGRAM.test(context.program) : line.startsWith('query[');
  },
  parse(line) {
    const m = QUERY.exec(line);
    const src = m ? normalizeAddress(m[3]) : undefined;
    if (!m || !src) return null;
    const queryType = m[1].toUpperCase();
    return serverEvent('dns', {
      protocol: TRANSFERS.has(queryType) ? 'tcp' : undefined, src, kind: TRANSFERS.has(queryType) ? 'zone-transfer' : 'query', target: m[2], queryType,
    });
  },
};
