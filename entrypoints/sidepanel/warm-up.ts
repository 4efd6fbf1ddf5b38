// Warming the standby worker up while the panel is idle: a fresh worker runs the log engine's code cold,
// and its first ten thousand lines take about three times as long as the rest while the JavaScript
// engine learns the hot paths. The standby worker analyses a few small made-up logs first (firewall
// lines of many senders, some server lines), a batch at a time so a real job never waits long.
// Documentation and reserved-for-testing addresses only; nothing is posted back.
import { analyzeLog } from '../../knowledge/logs';
import { LOG_DETECTORS } from '../../knowledge/logs/detectors';

export const WARM_UP_BATCHES = 8;
export const WARM_UP_LINES = 600;

const PORTS = [22, 23, 25, 53, 80, 123, 161, 443, 445, 1433, 3306, 3389, 5060, 5900, 8080, 8443];
const NETS = ['198.51.100', '203.0.113', '192.0.2'];
const FLAGS = ['SYN', 'ACK SYN', 'ACK', 'FIN', 'RST'];

/** Small deterministic generator (LCG), so every warm-up reads the same kind of lines. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** One made-up log of `lines` lines: mostly UFW kernel lines, with sshd, nginx and filterlog lines mixed in. */
export function warmUpLog(batch: number, lines = WARM_UP_LINES): string {
  const rnd = random(batch + 1);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const t = `Nov  ${1 + batch} ${String(10 + Math.floor(i / 3600)).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const src = `${NETS[rnd(3)]}.${1 + rnd(254)}`;
    const port = PORTS[rnd(PORTS.length)];
    const kind = rnd(20);
    if (kind === 0) out.push(`${t} host sshd[${1000 + i}]: Failed password for invalid user admin from ${src} port ${40000 + rnd(20000)} ssh2`);
    else if (kind === 1) out.push(`${src} - - [01/Nov/2025:10:00:${String(i % 60).padStart(2, '0')} +0000] "GET /${['', 'wp-login.php', '.env', 'index.html'][rnd(4)]} HTTP/1.1" ${[200, 404, 301][rnd(3)]} ${rnd(5000)} "-" "Mozilla/5.0"`);
    else if (kind === 2) out.push(`${t} fw filterlog[${100 + i}]: 5,,,1000000103,igb0,match,block,in,4,0x0,,${40 + rnd(200)},${rnd(65536)},0,none,6,tcp,60,${src},192.0.2.10,${1024 + rnd(60000)},${port},0,S,${rnd(1e9)},,64240,,mss`);
    else {
      const udp = port === 53 || port === 123 || port === 161 || port === 5060;
      const tail = udp ? `PROTO=UDP SPT=${1024 + rnd(60000)} DPT=${port} LEN=${40 + rnd(400)}` : `PROTO=TCP SPT=${1024 + rnd(60000)} DPT=${port} WINDOW=${[1024, 29200, 64240][rnd(3)]} RES=0x00 ${FLAGS[rnd(FLAGS.length)]} URGP=0`;
      out.push(`${t} gw kernel: [${100000 + i}.${String(rnd(1e6)).padStart(6, '0')}] [UFW ${rnd(5) ? 'BLOCK' : 'ALLOW'}] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=${src} DST=192.0.2.${1 + rnd(20)} LEN=60 TOS=0x00 PREC=0x00 TTL=${40 + rnd(200)} ID=${rnd(65536)} ${tail}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Runs the warm-up batches one task at a time; `stopped()` is checked before each, so a real job that
 * arrives runs after the current batch at the latest.
 */
export function warmUp(stopped: () => boolean, schedule: (next: () => void) => void = (next) => setTimeout(next, 0)): void {
  let batch = 0;
  const step = () => {
    if (stopped() || batch >= WARM_UP_BATCHES) return;
    analyzeLog(warmUpLog(batch++), { detectors: LOG_DETECTORS });
    schedule(step);
  };
  schedule(step);
}
