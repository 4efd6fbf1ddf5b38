// explainPacketFields: what the TTL, IP ID, TCP flags, window and length of a logged packet say about
// its sender (FAQ §9, "Packet Zen"), in our own words, citing RFC 791/793/1700, vendor documents, the
// p0f README and the scanners' own source. Pure: runs in every context and in Node.
import type { PacketFieldNote, PacketFieldsExplanation, PacketFieldsInput } from './types';
import { explainIpId } from './ip-id';
import { explainTcpFlags, readTcpFlags } from './tcp-flags';
import { explainTtl } from './ttl';
import { explainLength, explainWindow, matchScanTool } from './window-length';

export type { PacketField, PacketFieldNote, PacketFieldsExplanation, PacketFieldsInput } from './types';
export { guessInitialTtl, MAX_PLAUSIBLE_HOPS } from './ttl';
export { isClimbingCounter } from './ip-id';
export { readTcpFlags } from './tcp-flags';

const isCount = (n: number | undefined): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 4_294_967_295;

/** Notes on each field given, most telling first: the flags, then TTL, IP ID, window and length. */
export function explainPacketFields(input: PacketFieldsInput): PacketFieldsExplanation {
  const notes: PacketFieldNote[] = [];
  const protocol = input.protocol?.toLowerCase();
  const tcp = protocol === undefined || protocol === 'tcp';
  const flags = input.tcpFlags !== undefined && tcp ? readTcpFlags(input.tcpFlags) : undefined;
  const isSyn = !!flags && flags.has('SYN') && !flags.has('ACK');
  if (input.tcpFlags !== undefined && tcp) notes.push(explainTcpFlags(input.tcpFlags));
  if (isCount(input.ttl) && input.ttl <= 255) notes.push(explainTtl(input.ttl, protocol, input.direction === 'forward'));
  if (isCount(input.ipId)) notes.push(explainIpId(input.ipId, undefined, input.ipIdSeries));
  const tool = isSyn ? matchScanTool(input.window, input.length, input.ipId, input.ttl) : undefined;
  if (tool) notes.push(tool.note);
  else if (isCount(input.window) && tcp) notes.push(explainWindow(input.window, isSyn));
  if (isCount(input.length)) notes.push(explainLength(input.length, isSyn, protocol));
  return tool ? { notes, tool: tool.tool } : { notes };
}
