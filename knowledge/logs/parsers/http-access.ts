// Apache httpd and nginx access logs in the Common and Combined Log Formats, with or without a virtual
// host in front ("www.example.com:443 1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 2326").
// Answered requests (1xx-3xx) are allowed, refused or failed ones (4xx/5xx) denied; a 401 for a named
// user is a failed login.
import type { LogParser, ParsedFields } from '../types';
import { actionOfStatus, clfTimeToEpoch, clientAddress, httpRequest, serverEvent } from './lib/server-fields';
import { toPort } from './lib/normalize';

// [vhost[:port]] client ident [user] [time] "request" status bytes ...
const LINE = /^(?:(\S{1,255}) )?(\S{1,64}) (\S{1,64})(?: (\S{1,128}))? \[(\d{2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?: [+-]\d{4})?)\] "((?:[^"\\]|\\.){0,8192})" (\d{3}|-)(?: (\d{1,20}|-))?/;

export const httpAccess: LogParser = {
  id: 'http-access',
  name: 'Apache / nginx access log',
  test(line) {
    const bracket = line.indexOf(' [');
    return bracket > 0 && bracket < 600 && line.includes('] "', bracket);
  },
  parse(line) {
    const m = LINE.exec(line);
    if (!m) return null;
    // Three words before the time are "client ident user" (plain CLF) unless the first is a virtual host
    // and the second the client (a vhost log line whose user field is missing).
    let [vhost, client, user]: (string | undefined)[] = [m[1], m[2], m[4]];
    if (m[4] === undefined && m[1] !== undefined && (clientAddress(m[1], false).address || !clientAddress(m[2], false).address)) {
      [vhost, client, user] = [undefined, m[1], m[3]];
    }
    const from = clientAddress(client, false);
    const status = m[7] === '-' ? undefined : Number(m[7]);
    const { method, target } = httpRequest(m[6]);
    const named = user !== undefined && user !== '-' ? user : undefined;
    const out: ParsedFields = serverEvent('http', {
      time: clfTimeToEpoch(m[5]),
      timeText: m[5],
      action: status === undefined ? undefined : actionOfStatus(status),
      actionText: m[7] === '-' ? undefined : m[7],
      src: from.address,
      srcPort: from.port,
      kind: status === 401 && named ? 'login-failed' : 'request',
      method,
      target,
      status,
      user: named,
    });
    const vhostPort = vhost?.match(/:(\d{1,5})$/);
    if (vhostPort) out.dstPort = toPort(vhostPort[1]);
    if (out.time === undefined) delete out.time;
    return out.src || out.method ? out : null;
  },
};
