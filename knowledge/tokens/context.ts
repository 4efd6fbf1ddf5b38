// Reads a TokenContext (column header, next cell, nearby label) into the few facts the
// detector needs: may a bare number be a port, is this a version field, default role/protocol.
import type { TokenContext, TokenProtocol, TokenRole } from './types';
import { mentionsPort, mentionsVersion } from './guards';

export interface ContextInfo {
  /** Bare numbers, `a-b`, `a:b` and `a,b` are ports (header/label says port, or the next cell is a protocol). */
  portContext: boolean;
  /** Header/label names a version/firmware field: a dotted quad there is a version. */
  versionContext: boolean;
  role?: TokenRole;
  protocol?: TokenProtocol;
}

const PROTOCOL_CELL = /^(?:tcp|udp|tcp\s*\/\s*udp|udp\s*\/\s*tcp|tcp\s*\+\s*udp|tcp\s*&\s*udp|both)$/i;

function roleOf(s: string | undefined): TokenRole | undefined {
  if (!s) return undefined;
  const src = /(?:^|[^a-z])(?:src|source|sport|spt|s\s+ports?|orig(?:inal)?)(?:[^a-z]|$)|(?:^|[^a-z])src[a-z]*|\bsource/i.test(s);
  const dst = /(?:^|[^a-z])(?:dst|dest|destination|dport|dpt|d\s+ports?|target)(?:[^a-z]|$)|(?:^|[^a-z])dst[a-z]*|\bdestination/i.test(s);
  if (src === dst) return undefined;
  return src ? 'source' : 'destination';
}

export const NO_CONTEXT: ContextInfo = { portContext: false, versionContext: false };

export function analyseContext(ctx: TokenContext | undefined): ContextInfo {
  if (!ctx) return NO_CONTEXT;
  const { columnHeader, label, nextCellText } = ctx;
  const next = nextCellText?.trim() ?? '';
  const protocolNext = next !== '' && PROTOCOL_CELL.test(next);
  const info: ContextInfo = {
    portContext: mentionsPort(columnHeader) || mentionsPort(label) || protocolNext,
    versionContext: mentionsVersion(columnHeader) || mentionsVersion(label),
  };
  const role = roleOf(columnHeader) ?? roleOf(label);
  if (role) info.role = role;
  if (protocolNext) {
    const p = next.toLowerCase();
    if (p === 'tcp' || p === 'udp') info.protocol = p;
  }
  return info;
}
