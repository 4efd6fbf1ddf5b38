// A UFW log for the benches: `lines` kernel lines over one day, made from a fixed seed so every run and
// every tool reads the same text. Mostly blocked SYNs from tens of thousands of Internet sources to common
// ports, some allowed HTTPS and SSH, some blocked UDP; and, in a burst two fifths of the way in, a port
// scan, a host sweep, a stealth (FIN/NULL/Xmas) scan and SSH password guessing, so both tools have
// something to find. Documentation and reserved-for-testing addresses only.

/** Small deterministic generator (LCG), so the log is the same on every machine. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const PORTS = [22, 23, 80, 443, 445, 3389, 8080, 5900, 1433, 3306, 25, 21, 53, 8443, 6379, 9200];
const MONTH_DAY = 'Nov 25';
const STEALTH_FLAGS = ['FIN', '', 'FIN PSH URG'];

/** The attack lines of the burst, in turn: port scan, host sweep, stealth scan, SSH guessing. */
function attack(n: number, ttl: number, id: number, spt: number): string {
  const tcp = (src: string, dst: string, dpt: number, flags: string, action = 'BLOCK') =>
    `[UFW ${action}] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=${src} DST=${dst} LEN=40 TOS=0x00 PREC=0x00 TTL=${ttl} ID=${id} PROTO=TCP SPT=${spt} DPT=${dpt} WINDOW=1024 RES=0x00 ${flags}${flags ? ' ' : ''}URGP=0`;
  const step = Math.floor(n / 4);
  switch (n % 4) {
    case 0: return tcp('203.0.113.5', '192.0.2.10', 1 + step, 'SYN');
    case 1: return tcp('198.51.100.7', `192.0.2.${1 + (step % 254)}`, 445, 'SYN');
    case 2: return tcp('203.0.113.66', '192.0.2.10', 1 + ((step * 7) % 1024), STEALTH_FLAGS[step % 3]);
    default: return tcp('198.51.100.23', '192.0.2.10', 22, 'SYN', 'ALLOW');
  }
}

export function ufwLog(lines: number, seed = 11): string {
  const rnd = random(seed);
  const out: string[] = [];
  const burst = [Math.floor(lines * 0.4), Math.floor(lines * 0.42)];
  for (let i = 0; i < lines; i++) {
    const second = Math.floor((i * 86_400) / lines);
    const time = `${String(Math.floor(second / 3600)).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
    const uptime = `${(100_000 + second).toString().padStart(6, ' ')}.${String(rnd(1_000_000)).padStart(6, '0')}`;
    const kind = rnd(10);
    const src = `${[198, 203, 192][rnd(3)]}.${rnd(3) === 0 ? 51 : 0}.${rnd(40)}.${1 + rnd(250)}`;
    const head = `${MONTH_DAY} ${time} gw kernel: [${uptime}]`;
    const mac = 'MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00';
    if (i >= burst[0] && i < burst[1]) {
      out.push(`${head} ${attack(i - burst[0], 40 + rnd(200), rnd(65536), 1024 + rnd(64000))}`);
    } else if (kind < 7) {
      const port = PORTS[rnd(PORTS.length)];
      out.push(`${head} [UFW BLOCK] IN=eth0 OUT= ${mac} SRC=${src} DST=192.0.2.10 LEN=44 TOS=0x00 PREC=0x00 TTL=${40 + rnd(200)} ID=${rnd(65536)} PROTO=TCP SPT=${1024 + rnd(64000)} DPT=${port} WINDOW=1024 RES=0x00 SYN URGP=0`);
    } else if (kind < 9) {
      out.push(`${head} [UFW ALLOW] IN=eth0 OUT= ${mac} SRC=${src} DST=192.0.2.10 LEN=60 TOS=0x00 PREC=0x00 TTL=${50 + rnd(70)} ID=${rnd(65536)} DF PROTO=TCP SPT=${1024 + rnd(64000)} DPT=${rnd(2) ? 443 : 22} WINDOW=64240 RES=0x00 SYN URGP=0`);
    } else {
      out.push(`${head} [UFW BLOCK] IN=eth0 OUT= ${mac} SRC=${src} DST=192.0.2.10 LEN=${60 + rnd(400)} TOS=0x00 PREC=0x00 TTL=${40 + rnd(200)} ID=${rnd(65536)} PROTO=UDP SPT=${1024 + rnd(64000)} DPT=${[53, 123, 161, 1900, 5060][rnd(5)]} LEN=${40 + rnd(400)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
