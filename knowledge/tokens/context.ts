// Reads a TokenContext (column header, next cell, nearby label, the table's headers) into the
// few facts the detector needs: may a bare number be a port, is this a version field, is the
// "port" a socket on the device, default role/protocol. The words come from context-words.ts
// (16 languages); this file only decides.
import type { TokenContext, TokenProtocol, TokenRole } from './types';
import { isLinkPanel, namesPort, namesVersion, protocolCell, roleNamed, wordsOf, type Words } from './context-vocabulary';

export interface ContextInfo {
  /** Bare numbers, `a-b`, `a:b` and `a,b` are ports (header/label says port, or the next cell is a protocol). */
  portContext: boolean;
  /** Header/label names a version/firmware field: a dotted quad there is a version. */
  versionContext: boolean;
  /** The "port" here is a socket of the device (a switch-port panel, an uplink label): "Port 3" is no TCP port. */
  physicalContext: boolean;
  role?: TokenRole;
  protocol?: TokenProtocol;
}

/**
 * A row whose protocol is no TCP/UDP one (ASUS "OTHER", GRE, ESP): its port column holds an IP
 * protocol number (47 for GRE), not a port.
 */
const NOT_PORT_PROTOCOL = /^(?:other|gre|esp|ah|icmp|icmpv6|ipip|pptp-gre)$/i;

export const NO_CONTEXT: ContextInfo = { portContext: false, versionContext: false, physicalContext: false };

/** Whether a header or label names a TCP/UDP port (in any of the languages of context-words.ts). */
export function mentionsPort(s: string | undefined): boolean {
  return !!s && namesPort(wordsOf(s));
}

export function mentionsVersion(s: string | undefined): boolean {
  return !!s && namesVersion(wordsOf(s));
}

export function analyseContext(ctx: TokenContext | undefined): ContextInfo {
  if (!ctx) return NO_CONTEXT;
  const { columnHeader, label, nextCellText, tableHeaders, rowCells } = ctx;
  const header = columnHeader ? wordsOf(columnHeader) : undefined;
  const labelWords = label ? wordsOf(label) : undefined;
  const protocol = nextCellText ? protocolCell(nextCellText) : undefined;
  const headerPort = !!header && namesPort(header);
  // A "Port" column next to Link / Speed / Duplex columns numbers the device's sockets.
  const panel = !!tableHeaders && isLinkPanel(wordsOf(tableHeaders));
  // An uplink column or label names a socket of the device ("Port 3").
  const uplink = (w: Words | undefined) => !!w && w.list.some((x) => x === 'uplink' || x === 'downlink');
  const physicalContext = panel || uplink(header) || uplink(labelWords);
  const info: ContextInfo = {
    portContext: !physicalContext && !rowCells?.split(' | ').some((c) => NOT_PORT_PROTOCOL.test(c.trim())) && (headerPort || (!!labelWords && namesPort(labelWords)) || !!protocol),
    versionContext: (!!header && namesVersion(header)) || (!!labelWords && namesVersion(labelWords)),
    physicalContext,
  };
  const role = (header && roleNamed(header)) ?? (labelWords && roleNamed(labelWords));
  if (role) info.role = role;
  if (protocol === 'tcp' || protocol === 'udp') info.protocol = protocol;
  return info;
}
