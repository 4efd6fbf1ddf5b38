// The packet-field card (FAQ §9): hovering TTL=47, ID=54321, WINDOW=1024 or a line's TCP flags
// explains that field with the rest of its packet, read from the whole log line by the shipped log
// parsers (a SYN with window 1024 names the scanner; the protocol decides whether flags count).
import { explainPacketFields, parseLogLine, type PacketFieldsInput } from '../../knowledge';
import type { CardToken } from '../../messaging/protocol';
import type { SectionLoader } from './card-sections';

/** The token's own field, for a line no parser reads (a tcpdump excerpt, a fragment of a line). */
function tokenField(token: CardToken): PacketFieldsInput {
  const value = token.fieldValue as string;
  switch (token.field) {
    case 'tcpFlags':
      return { tcpFlags: value };
    case 'ttl':
      return { ttl: Number(value) };
    case 'ipId':
      return { ipId: Number(value) };
    default:
      return { window: Number(value) };
  }
}

/** The packet fields of the line, with the hovered one as the page shows it. */
export function packetInputOf(token: CardToken, line: string | undefined): PacketFieldsInput {
  const parsed = line ? parseLogLine(line) : null;
  const fromLine: PacketFieldsInput = parsed
    ? { ttl: parsed.ttl, ipId: parsed.ipId, tcpFlags: parsed.tcpFlags, window: parsed.window, length: parsed.length, protocol: parsed.protocol, direction: parsed.direction }
    : {};
  return { ...fromLine, ...tokenField(token) };
}

export const packetSection: SectionLoader = async ({ token, line }) => {
  if (token.kind !== 'packet-field' || !token.field || token.fieldValue === undefined) return null;
  const explanation = explainPacketFields(packetInputOf(token, line));
  return explanation.notes.some((n) => n.field === token.field) ? { kind: 'packet', field: token.field, explanation } : null;
};
