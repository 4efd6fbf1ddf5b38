// proxy-connect: requests that ask a web server to act as a proxy, CONNECT or an absolute URI
// ("GET http://elsewhere/ HTTP/1.0"). Proxy hunters send them to every web server they find, hoping for
// an open proxy to relay spam, fraud and attacks through.
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, makeFinding } from './evidence';
import { RowGroups } from './windows';

export const PROXY_CONNECT_THRESHOLDS = defineThresholds({
  /** Proxy requests from one source before it is reported. One is telling: browsers never send them to a web site. */
  minRequests: 1,
});
export type ProxyConnectThresholds = typeof PROXY_CONNECT_THRESHOLDS;

const ABSOLUTE = /^[a-z][a-z0-9+.-]{1,15}:\/\//i;

/** A request in proxy form: CONNECT host:port, or a full URI in place of a path. */
export function isProxyRequest(e: LogEvent): boolean {
  if (e.service !== 'http' || !e.src || !e.method) return false;
  return e.method === 'CONNECT' || (e.target !== undefined && ABSOLUTE.test(e.target));
}

const answered = (e: LogEvent) => e.status !== undefined && e.status >= 200 && e.status < 300;

function toFinding(store: EventStore, rows: number[]): Finding {
  const events = eventsOf(store, rows);
  const src = events[0].src as string;
  const connects = events.filter((e) => e.method === 'CONNECT');
  const openConnect = connects.some(answered);
  const openAbsolute = events.some((e) => e.method !== 'CONNECT' && answered(e));
  const targets = [...new Set(events.map((e) => (e.method === 'CONNECT' ? e.target : e.target?.replace(ABSOLUTE, '').split('/')[0]) ?? '?'))];
  const risk = openConnect
    ? ' The server answered a CONNECT with success: it may be relaying connections for strangers. Turn off proxying (Apache mod_proxy ProxyRequests, nginx proxy_pass for any host) unless it is meant to serve only your own network.'
    : openAbsolute
      ? ' Some were answered with success; that is normally the site answering for itself, but check that it did not fetch the other site for the asker.'
      : ' Every one was refused, which is what a web server that is not a proxy should do.';
  return makeFinding({
    id: 'proxy-connect',
    title: `Proxy hunt from ${src}`,
    severity: openConnect ? 'high' : openAbsolute ? 'medium' : 'low',
    explanation:
      `${src} sent ${count(events.length, 'proxy request')}${connects.length ? ` (${count(connects.length, 'CONNECT')})` : ''} for ${formatList(targets, 4)}.` +
      ' Asking a web server to connect somewhere else is how proxy scanners test for open proxies, which they sell or use to hide spam, fraud and attacks behind your address.' +
      risk,
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createProxyConnectDetector(thresholds: ProxyConnectThresholds = PROXY_CONNECT_THRESHOLDS): Detector {
  return defineDetector({
    id: 'proxy-connect',
    services: ['http'],
    start() {
      const bySource = new RowGroups<number>();
      return {
        consume(e) {
          if (isProxyRequest(e)) bySource.add(e.srcId, e.row);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const rows of bySource.lists()) if (rows.length >= thresholds.minRequests) findings.push(toFinding(store, rows));
          return findings;
        },
      };
    },
  });
}

export const proxyConnectDetector: Detector = createProxyConnectDetector();
