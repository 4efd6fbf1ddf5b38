// BIND named security, xfer-out and query logs: "19-Oct-2022 05:34:02.425 client @0x7f65 192.0.2.1#3076
// (example.com): query (cache) 'example.com/ANY/IN' denied", "… zone transfer 'example.com/AXFR/IN'
// denied", "… query: version.bind CH TXT -E(0) (192.0.2.53)". Denied queries and transfers are denied;
// a transfer that started is allowed; logged queries carry no verdict.
import type { LogParser, ParsedFields } from '../types';
import { normalizeAddress, toPort } from './lib/normalize';
import { dmyTimeToEpoch, serverEvent } from './lib/server-fields';

/** Optional print-time, category and severity words, then "client [@0x…] ADDR#PORT [(name)]: [view v: ]". */
const HEAD = /^(?:(\d{2}-[A-Za-z]{3}-\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{3})?) )?(?:[a-z-]{1,24}: ){0,2}client (?:@0x[0-9a-f]{1,16} )?([0-9A-Fa-f:.]{2,45})#(\d{1,5})(?: \([^)]{0,255}\))?: (?:view [^:]{1,64}: )?(.{0,2048})$/;
const DENIED = /^(query(?: \(cache\))?|zone transfer|update) '([^'/]{0,255})\/([A-Z0-9]{1,10})(?:\/([A-Z]{1,4}))?' denied/;
const BAD_TRANSFER = /^bad zone transfer request: '([^'/]{0,255})\/[A-Z]{1,4}'/;
const TRANSFER = /^transfer of '([^'/]{0,255})\/[A-Z]{1,4}': (AXFR|IXFR)(?:-style IXFR)? (started|ended)/;
const QUERY = /^query: (\S{1,255}) ([A-Z]{1,4}) ([A-Z0-9]{1,10}) \S{0,20} ?\(([0-9A-Fa-f:.]{2,45})\)/;
const TRANSFERS = new Set(['AXFR', 'IXFR']);
/** named's print-time and category, which mark its own log files even on lines without a client. */
const NAMED_LINE = /^\d{2}-[A-Za-z]{3}-\d{4} \d{2}:\d{2}:\d{2}\.\d{3} [a-z-]{1,24}: /;

export const bind: LogParser = {
  id: 'bind',
  name: 'BIND named (security, transfers, queries)',
  test(line, context) {
    if (context.program === 'named') return true;
    return context.program === undefined && (NAMED_LINE.test(line) || (line.includes('client ') && line.includes('#') && HEAD.test(line)));
  },
  parse(line) {
    const head = HEAD.exec(line);
    if (!head) return null;
    const src = normalizeAddress(head[2]);
    if (!src) return null;
    const base: ParsedFields = { src, srcPort: toPort(head[3]), protocol: undefined };
    if (head[1]) {
      base.timeText = head[1];
      base.time = dmyTimeToEpoch(head[1]);
    }
    const message = head[4];
    let m: RegExpExecArray | null;
    if ((m = DENIED.exec(message))) {
      const what = m[1];
      const transfer = what === 'zone transfer' || TRANSFERS.has(m[3]);
      return serverEvent('dns', {
        ...base, action: 'deny', actionText: 'denied', target: m[2], queryType: what === 'update' ? undefined : m[3],
        kind: what === 'update' ? 'update-denied' : transfer ? 'zone-transfer' : 'query-denied',
        protocol: transfer ? 'tcp' : undefined,
      });
    }
    if ((m = BAD_TRANSFER.exec(message))) {
      return serverEvent('dns', { ...base, action: 'deny', actionText: 'bad zone transfer request', kind: 'zone-transfer', target: m[1] });
    }
    if ((m = TRANSFER.exec(message))) {
      return serverEvent('dns', { ...base, action: 'allow', actionText: `${m[2]} ${m[3]}`, kind: 'zone-transfer', target: m[1], queryType: m[2] });
    }
    if ((m = QUERY.exec(message))) {
      return serverEvent('dns', {
        ...base, kind: TRANSFERS.has(m[3]) ? 'zone-transfer' : 'query', target: m[1], queryType: m[3],
        dst: normalizeAddress(m[4]), protocol: TRANSFERS.has(m[3]) ? 'tcp' : undefined,
      });
    }
    return null;
  },
};
