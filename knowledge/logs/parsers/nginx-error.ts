// nginx error log lines about a client: "2021/12/01 13:53:33 [error] 31#31: *46 access forbidden by rule,
// client: 172.17.0.1, server: localhost, request: "GET /x HTTP/1.1", host: "localhost"". A client turned
// away by an allow/deny rule is denied; basic-auth failures are failed logins.
import type { LogParser, ParsedFields } from '../types';
import { clientAddress, httpRequest, serverEvent } from './lib/server-fields';
import { ymdToEpoch } from './lib/time';

const HEAD = /^(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}) \[([a-z]{1,6})\] \d{1,10}#\d{1,10}: (?:\*\d{1,20} )?(.{0,4096})$/;
const CLIENT = /, client: ([0-9A-Fa-f:.[\]]{2,60})(?:, server: [^,]{0,255})?(?:, request: "((?:[^"\\]|\\.){0,8192})")?/;
const USER = /^user "([^"]{1,128})"(?::| was not found)/;

export const nginxError: LogParser = {
  id: 'nginx-error',
  name: 'nginx error log',
  test(line) {
    return line.charCodeAt(4) === 47 /* / */ && HEAD.test(line);
  },
  parse(line) {
    const head = HEAD.exec(line);
    const client = head ? CLIENT.exec(head[3]) : null;
    if (!head || !client) return null;
    const from = clientAddress(client[1], false);
    if (!from.address) return null;
    const message = head[3].slice(0, client.index);
    const out: ParsedFields = serverEvent('http', {
      time: ymdToEpoch(head[1]),
      timeText: head[1],
      src: from.address,
      srcPort: from.port,
      kind: 'error',
      ...(client[2] ? httpRequest(client[2]) : {}),
    });
    const user = USER.exec(message);
    if (message.startsWith('access forbidden by rule')) {
      out.action = 'deny';
      out.actionText = 'access forbidden';
      out.kind = 'client-denied';
    } else if (user && /password mismatch|was not found/.test(message)) {
      out.action = 'deny';
      out.actionText = 'authentication failure';
      out.kind = 'login-failed';
      out.user = user[1];
    }
    return out;
  },
};
