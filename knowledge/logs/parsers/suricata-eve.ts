// Suricata eve.json: one JSON object per line with event_type (alert, flow, netflow, drop, dns, http …),
// src_ip/src_port/dest_ip/dest_port/proto, icmp_type/icmp_code, alert.action (allowed/blocked).
import type { LogEvent, LogParser } from '../types';
import { actionOf, icmpFamily, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';
import { isoToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

export const suricataEve: LogParser = {
  id: 'suricata-eve',
  name: 'Suricata eve.json',
  test(line) {
    return line.startsWith('{') && line.includes('"event_type"');
  },
  parse(line) {
    let obj: unknown;
    try { obj = JSON.parse(line); } catch { return null; }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return null;
    const rec = obj as Record<string, unknown>;
    const src = normalizeAddress(str(rec.src_ip));
    const dst = normalizeAddress(str(rec.dest_ip));
    if (!src || !dst) return null;
    const out: Parsed = {};
    const ts = str(rec.timestamp);
    if (ts) {
      out.timeText = ts;
      const t = isoToEpoch(ts);
      if (t !== undefined) out.time = t;
    }
    const alert = rec.alert && typeof rec.alert === 'object' ? (rec.alert as Record<string, unknown>) : undefined;
    const flow = rec.flow && typeof rec.flow === 'object' ? (rec.flow as Record<string, unknown>) : undefined;
    const actionText = rec.event_type === 'drop' ? 'drop' : str(alert?.action) ?? str(flow?.action);
    if (actionText) {
      out.actionText = actionText;
      const action = actionOf(actionText);
      if (action) out.action = action;
    }
    const protocol = icmpFamily(normalizeProtocol(str(rec.proto)), src);
    if (protocol) out.protocol = protocol;
    out.src = src;
    out.dst = dst;
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      const type = toInt(str(rec.icmp_type));
      const code = toInt(str(rec.icmp_code));
      if (type !== undefined) out.icmpType = type;
      if (code !== undefined) out.icmpCode = code;
    } else {
      const sp = toPort(str(rec.src_port));
      const dp = toPort(str(rec.dest_port));
      if (sp !== undefined) out.srcPort = sp;
      if (dp !== undefined) out.dstPort = dp;
    }
    const iface = str(rec.in_iface);
    if (iface) out.interface = iface;
    const signature = str(alert?.signature);
    if (signature) out.rule = signature.slice(0, 200);
    return out;
  },
};
