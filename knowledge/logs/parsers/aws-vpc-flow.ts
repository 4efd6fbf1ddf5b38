// AWS VPC Flow Logs. Default (version 2) layout: version account-id interface-id srcaddr dstaddr srcport
// dstport protocol packets bytes start end action log-status. A header line naming the fields (as in S3
// deliveries) sets a custom order, kept in context.state. NODATA / SKIPDATA rows carry no flow.
import type { LogEvent, LogParser, ParseContext } from '../types';
import { actionOf, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';
import { columnReader } from './lib/fields';
import { epochFromNumber } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const ID = 'aws-vpc-flow';
const DEFAULT_FIELDS = [
  'version', 'account-id', 'interface-id', 'srcaddr', 'dstaddr', 'srcport', 'dstport', 'protocol',
  'packets', 'bytes', 'start', 'end', 'action', 'log-status',
];
const DEFAULT_ROW = /^\d{1,2} (?:\d{12}|-|unknown) (?:eni-[0-9a-f]{1,32}|-) \S{1,45} \S{1,45} (?:\d{1,5}|-) (?:\d{1,5}|-) (?:\d{1,3}|-) (?:\d{1,20}|-) (?:\d{1,20}|-) \d{9,11} \d{9,11} (?:ACCEPT|REJECT|-) (?:OK|NODATA|SKIPDATA)$/;
const TCP_FLAG_BITS: [number, string][] = [[1, 'FIN'], [2, 'SYN'], [4, 'RST'], [8, 'PSH'], [16, 'ACK'], [32, 'URG']];

/** A header is a line of lower-case field names that includes srcaddr and dstaddr. */
export function isAwsFlowHeader(line: string): boolean {
  return line.length < 2000 && line.includes('srcaddr') && line.includes('dstaddr') && /^[a-z0-9 -]+$/.test(line);
}

function fieldsOf(context: ParseContext): string[] {
  return (context.state[ID] as { fields: string[] } | undefined)?.fields ?? DEFAULT_FIELDS;
}

export const awsVpcFlow: LogParser = {
  id: ID,
  name: 'AWS VPC Flow Logs',
  test(line, context) {
    if (isAwsFlowHeader(line)) return true;
    if (context.state[ID]) return line.split(' ').length === fieldsOf(context).length;
    return DEFAULT_ROW.test(line);
  },
  parse(line, context) {
    if (isAwsFlowHeader(line)) {
      context.state[ID] = { fields: line.trim().split(/\s+/).slice(0, 64) };
      return null;
    }
    const fields = fieldsOf(context);
    const values = line.trim().split(/\s+/);
    const get = columnReader(fields, values);
    const src = normalizeAddress(get('srcaddr'));
    const dst = normalizeAddress(get('dstaddr'));
    if (!src || !dst) return null;
    const out: Parsed = {};
    const start = get('start');
    const t = start ? epochFromNumber(start) : undefined;
    if (start && t !== undefined) {
      out.time = t;
      out.timeText = start;
    }
    const actionText = get('action');
    if (actionText) {
      out.actionText = actionText;
      const action = actionOf(actionText);
      if (action) out.action = action;
    }
    const protocol = normalizeProtocol(get('protocol'));
    if (protocol) out.protocol = protocol;
    out.src = src;
    out.dst = dst;
    if (protocol !== 'icmp' && protocol !== 'icmpv6') {
      const sp = toPort(get('srcport'));
      const dp = toPort(get('dstport'));
      if (sp !== undefined) out.srcPort = sp;
      if (dp !== undefined) out.dstPort = dp;
    }
    const iface = get('interface-id');
    if (iface) out.interface = iface;
    const dir = get('flow-direction');
    if (dir === 'ingress') out.direction = 'in';
    else if (dir === 'egress') out.direction = 'out';
    const bits = toInt(get('tcp-flags'));
    if (protocol === 'tcp' && bits) {
      const flags = TCP_FLAG_BITS.filter(([bit]) => (bits & bit) !== 0).map(([, name]) => name);
      if (flags.length) out.tcpFlags = flags;
    }
    return out;
  },
};
