// Apache httpd error log lines about a client: "[Thu Oct 13 12:24:49.880562 2022] [authz_core:error]
// [pid 10:tid 1401] [client 31.33.58.75:50229] AH01630: client denied by server configuration: /x"
// (2.4) and "[Wed Oct 11 14:32:52 2000] [error] [client 127.0.0.1] client denied by …" (2.2). A client
// turned away by the configuration is denied; basic-auth failures are failed logins.
import type { LogParser, ParsedFields, ServerEventKind } from '../types';
import { clientAddress, ctimeToEpoch, serverEvent } from './lib/server-fields';

const HEAD = /^\[([A-Z][a-z]{2} [A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? \d{4})\] \[([\w.-]{0,64}:)?([a-z]{1,8}\d?)\]/;
const CLIENT = /\[(?:client|remote) ([^\]\s]{2,60})\] (.{0,2048})$/;
const DENIED = /client denied by server configuration:? ?(\S{0,2048})/;
const USER_NOT_FOUND = /^AH01618: user (\S{1,128}) not found/;
const PASSWORD_MISMATCH = /^AH01617: user (\S{1,128}): authentication failure/;

export const apacheError: LogParser = {
  id: 'apache-error',
  name: 'Apache error log',
  test(line) {
    return line.charCodeAt(0) === 91 /* [ */ && HEAD.test(line);
  },
  parse(line) {
    const head = HEAD.exec(line);
    const client = head ? CLIENT.exec(line) : null;
    if (!head || !client) return null;
    // Apache 2.4 ("[module:level]") always writes the client's port, 2.2 never does.
    const from = clientAddress(client[1], head[2] !== undefined);
    if (!from.address) return null;
    const message = client[2];
    const out: ParsedFields = serverEvent('http', {
      time: ctimeToEpoch(head[1]),
      timeText: head[1],
      src: from.address,
      srcPort: from.port,
      kind: 'error' satisfies ServerEventKind,
    });
    const denied = DENIED.exec(message);
    const user = USER_NOT_FOUND.exec(message) ?? PASSWORD_MISMATCH.exec(message);
    if (denied) {
      out.action = 'deny';
      out.actionText = 'client denied';
      out.kind = 'client-denied';
      if (denied[1]) out.target = denied[1];
    } else if (user) {
      out.action = 'deny';
      out.actionText = 'authentication failure';
      out.kind = 'login-failed';
      out.user = user[1];
    }
    return out;
  },
};
