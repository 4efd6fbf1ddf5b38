// The server-log findings: proxy-connect, open-relay, zone-transfer, web-exploit-scan, brute-force on
// sshd and SMTP AUTH, and scanner-answered on top of the scan findings.
import { describe, expect, it } from 'vitest';
import {
  bruteForceDetector,
  createBruteForceDetector,
  createOpenRelayDetector,
  createWebExploitScanDetector,
  createZoneTransferDetector,
  LOG_DETECTORS,
  openRelayDetector,
  proxyConnectDetector,
  runLogDetectors,
  scannerAnsweredDetector,
  webExploitScanDetector,
  zoneTransferDetector,
  BRUTE_FORCE_THRESHOLDS,
  OPEN_RELAY_THRESHOLDS,
  WEB_EXPLOIT_SCAN_THRESHOLDS,
  ZONE_TRANSFER_THRESHOLDS,
} from '../../../../knowledge/logs/detectors';
import { MINUTE, SECOND, T0, http, log, server, syn, times } from './factory';

const BOT = '203.0.113.9';

describe('proxy-connect', () => {
  it('reports CONNECT and absolute-URI requests, high when a CONNECT was answered', () => {
    const [finding, ...rest] = proxyConnectDetector.detect(log(
      http(BOT, 'CONNECT', 'smtp.example.net:25', 200, { time: T0 }),
      http(BOT, 'GET', 'http://example.net/judge.php', 404, { time: T0 + SECOND }),
    ));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'proxy-connect', severity: 'high', actor: BOT, lines: [1, 2], remedy: { block: [BOT] } });
    expect(finding.explanation).toContain('2 proxy requests (1 CONNECT) for smtp.example.net:25 and example.net');
  });

  it('is low when every proxy request was refused, and quiet for ordinary requests', () => {
    expect(proxyConnectDetector.detect(log(http(BOT, 'CONNECT', 'x.example:443', 405)))[0].severity).toBe('low');
    expect(proxyConnectDetector.detect(log(http(BOT, 'GET', '/http://not-absolute', 404), http(BOT, 'GET', '/', 200)))).toEqual([]);
  });
});

describe('open-relay', () => {
  const relay = (src: string, i: number) => server('smtp', 'relay-denied', src, { action: 'deny', status: 554, time: T0 + i * MINUTE });

  it('reports repeated refused relay attempts from one source', () => {
    const [finding] = openRelayDetector.detect(log(relay(BOT, 0), relay(BOT, 1), relay(BOT, 2)));
    expect(finding).toMatchObject({ id: 'open-relay', actor: BOT, severity: 'low', lines: [1, 2, 3] });
    expect(finding.explanation).toContain('refused to relay for 203.0.113.9 3 times within 2 min');
  });

  it('ignores a single refusal, and refusals spread beyond the window', () => {
    expect(openRelayDetector.detect(log(relay(BOT, 0)))).toEqual([]);
    expect(openRelayDetector.detect(log(relay(BOT, 0), relay(BOT, 120)))).toEqual([]);
  });

  it('is tunable', () => {
    const strict = createOpenRelayDetector({ ...OPEN_RELAY_THRESHOLDS, minAttempts: 3 });
    expect(strict.detect(log(relay(BOT, 0), relay(BOT, 1)))).toEqual([]);
  });
});

describe('zone-transfer', () => {
  const axfr = (src: string, extra = {}) => server('dns', 'zone-transfer', src, { action: 'deny', target: 'example.org', queryType: 'AXFR', ...extra });

  it('reports an AXFR attempt, with version.bind and ANY probes from the same source', () => {
    const [finding] = zoneTransferDetector.detect(log(
      server('dns', 'query', BOT, { target: 'version.bind', queryType: 'TXT' }),
      server('dns', 'query-denied', BOT, { action: 'deny', target: 'example.org', queryType: 'ANY' }),
      axfr(BOT),
    ));
    expect(finding).toMatchObject({ id: 'zone-transfer', actor: BOT, severity: 'medium', lines: [3] });
    expect(finding.explanation).toContain("asked for a full copy of example.org 1 time (1 refused), and asked for the server's version (version.bind) 1 time and sent 1 ANY query.");
  });

  it('leaves out the secondary server that was given the zone, and marks local testing as low', () => {
    expect(zoneTransferDetector.detect(log(axfr('192.0.2.54', { action: undefined }), axfr('192.0.2.54', { action: 'allow' })))).toEqual([]);
    const [local] = zoneTransferDetector.detect(log(axfr('::1')));
    expect(local).toMatchObject({ severity: 'low', remedy: { block: [] } });
  });

  it('is tunable', () => {
    expect(createZoneTransferDetector({ ...ZONE_TRANSFER_THRESHOLDS, minAttempts: 2 }).detect(log(axfr(BOT)))).toEqual([]);
  });
});

describe('web-exploit-scan', () => {
  it('names the products and CVEs a scanner went after', () => {
    const [finding] = webExploitScanDetector.detect(log(
      http(BOT, 'POST', '/cgi-bin/luci/;stok=/locale?form=country', 404),
      http(BOT, 'GET', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', 404),
      http(BOT, 'GET', '/', 200),
    ));
    expect(finding).toMatchObject({ id: 'web-exploit-scan', actor: BOT, severity: 'medium', lines: [1, 2], targets: ['tplink-luci-stok', 'phpunit-eval-stdin'] });
    expect(finding.explanation).toContain('CVE-2023-1389');
    expect(finding.explanation).toContain('CVE-2017-9841');
  });

  it('is high when an exploit path was answered with success, and decodes percent-encoding', () => {
    const [finding] = webExploitScanDetector.detect(log(http(BOT, 'GET', '/cgi-bin/.%2e/.%2e/.%2e/etc/passwd', 200)));
    expect(finding.severity).toBe('high');
    expect(finding.explanation).toContain('answered /cgi-bin/.%2e/.%2e/.%2e/etc/passwd with success');
  });

  it('counts a WordPress login only where the site has none, or when one address keeps trying', () => {
    const user = '192.0.2.40';
    expect(webExploitScanDetector.detect(log(http(user, 'GET', '/wp-login.php', 200), http(user, 'POST', '/wp-login.php', 302)))).toEqual([]);
    expect(webExploitScanDetector.detect(log(http(BOT, 'GET', '/wp-login.php', 404)))).toHaveLength(1);
    const guessing = log(times(WEB_EXPLOIT_SCAN_THRESHOLDS.minLoginRequests, (i) => http(BOT, 'POST', '/wp-login.php', 200, { time: T0 + i * SECOND })));
    expect(webExploitScanDetector.detect(guessing)[0].lines).toHaveLength(10);
    const patient = createWebExploitScanDetector({ ...WEB_EXPLOIT_SCAN_THRESHOLDS, minLoginRequests: 11 });
    expect(patient.detect(guessing)).toEqual([]);
  });

  it('ignores ordinary paths that look alike', () => {
    const benign = ['/environment.html', '/blog/git-config-tips', '/shell-scripts/', '/hnap1-manual.pdf', '/wp-content/uploads/a.jpg', '/'];
    expect(webExploitScanDetector.detect(log(benign.map((p) => http(BOT, 'GET', p, 200))))).toEqual([]);
  });
});

describe('brute-force on server logs', () => {
  const failed = (service: string, i: number, extra = {}) =>
    server(service, 'login-failed', BOT, { action: 'deny', user: 'root', time: T0 + i * 5 * SECOND, ...extra });

  it('fires on failed sshd logins and on SMTP AUTH failures, with a rate limit on the service port', () => {
    const ssh = bruteForceDetector.detect(log(times(10, (i) => failed('ssh', i))));
    expect(ssh[0]).toMatchObject({ id: 'brute-force', severity: 'medium', actor: BOT, remedy: { block: [BOT], rateLimit: [{ port: 22, protocol: 'tcp' }] } });
    expect(ssh[0].explanation).toContain('10 failed SSH logins within 45 s');
    const smtp = bruteForceDetector.detect(log(times(10, (i) => failed('smtp', i, { dstPort: 587 }))));
    expect(smtp[0].remedy?.rateLimit).toEqual([{ port: 587, protocol: 'tcp' }]);
    expect(smtp[0].explanation).toContain('10 failed SMTP logins');
  });

  it('is high when a login from the guessing address then succeeded', () => {
    const events = log(times(10, (i) => failed('ssh', i)), server('ssh', 'login-accepted', BOT, { action: 'allow', time: T0 + MINUTE }));
    const [finding] = bruteForceDetector.detect(events);
    expect(finding.severity).toBe('high');
    expect(finding.explanation).toContain('1 login from this address succeeded');
  });

  it('stays quiet for a few mistyped passwords, and is tunable', () => {
    expect(bruteForceDetector.detect(log(times(4, (i) => failed('ssh', i))))).toEqual([]);
    const strict = createBruteForceDetector({ ...BRUTE_FORCE_THRESHOLDS, minFailedLogins: 4 });
    expect(strict.detect(log(times(4, (i) => failed('ssh', i))))).toHaveLength(1);
  });
});

describe('scanner-answered', () => {
  const PORTS = [21, 23, 25, 80, 110, 139, 443, 445, 3306, 3389, 5900, 8080];

  it('names a port scanner whose probe was let through, first in the registry', () => {
    const events = log(
      times(PORTS.length, (i) => syn(BOT, '192.0.2.10', PORTS[i], { time: T0 + i * SECOND })),
      syn(BOT, '192.0.2.10', 22, { time: T0 + 20 * SECOND, action: 'allow' }),
    );
    const findings = runLogDetectors(events);
    expect(findings[0]).toMatchObject({ id: 'scanner-answered', actor: BOT, severity: 'high', targets: ['22/tcp'] });
    expect(findings[0].title).toBe(`Scanner ${BOT} got an answer on 22/tcp`);
    expect(findings.map((f) => f.id)).toContain('port-scan');
    expect(LOG_DETECTORS[0].id).toBe('scanner-answered');
    expect(scannerAnsweredDetector.readsFindings).toBe(true);
  });

  it('stays quiet when the scan met only closed doors, or when the allowed address never scanned', () => {
    const blocked = log(times(PORTS.length, (i) => syn(BOT, '192.0.2.10', PORTS[i], { time: T0 + i * SECOND })));
    expect(runLogDetectors(blocked).map((f) => f.id)).toEqual(['port-scan']);
    const visitor = log(syn('198.51.100.3', '192.0.2.10', 22, { action: 'allow' }));
    expect(runLogDetectors(visitor)).toEqual([]);
  });

  it('on a web server, counts only an exploit request that was answered, not the public pages', () => {
    const answeredHome = log(http(BOT, 'GET', '/.env', 404), http(BOT, 'GET', '/', 200));
    expect(runLogDetectors(answeredHome).map((f) => f.id)).toEqual(['web-exploit-scan']);
    const leaked = log(http(BOT, 'GET', '/.git/config', 200));
    expect(runLogDetectors(leaked).map((f) => f.id)).toEqual(['scanner-answered', 'web-exploit-scan']);
  });
});

describe('one finding per actor', () => {
  it('gives each detector at most one finding per address, however long the attack', () => {
    const events = log(
      times(300, (i) => syn(BOT, `192.0.2.${1 + (i % 30)}`, [22, 23, 80, 443, 445, 3389, 8080, 8443, 21, 25, 110, 143][i % 12], { time: T0 + i * 30 * SECOND })),
      times(40, (i) => http(BOT, 'GET', ['/.env', '/HNAP1/', '/wp-login.php'][i % 3], 404, { time: T0 + i * MINUTE })),
      times(30, (i) => server('ssh', 'login-failed', BOT, { action: 'deny', time: T0 + i * 10 * SECOND })),
    );
    const findings = runLogDetectors(events);
    const keys = findings.filter((f) => f.actor).map((f) => `${f.id} ${f.actor}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(findings.length).toBeLessThanOrEqual(LOG_DETECTORS.length);
  });
});
