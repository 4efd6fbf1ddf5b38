// A short made-up UFW log (documentation addresses only) for the "Try an example" button:
// a port scan, a few ordinary blocked knocks, and a DNS reply.
const SCAN_PORTS = [21, 22, 23, 25, 80, 110, 135, 139, 443, 445, 1433, 3306, 3389, 5900, 8080];

function ufw(second: number, action: 'BLOCK' | 'ALLOW', proto: 'TCP' | 'UDP', src: string, spt: number, dpt: number, ttl = 52): string {
  const time = `10:15:${String(second).padStart(2, '0')}`;
  const flags = proto === 'TCP' ? ' WINDOW=1024 RES=0x00 SYN URGP=0' : ' LEN=40';
  return `Mar  3 ${time} gateway kernel: [UFW ${action}] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=${src} DST=192.0.2.10 LEN=44 TOS=0x00 PREC=0x00 TTL=${ttl} ID=${1000 + second} PROTO=${proto} SPT=${spt} DPT=${dpt}${flags}`;
}

export function exampleLog(): string {
  const lines = [
    ufw(0, 'BLOCK', 'TCP', '198.51.100.7', 51234, 22, 118),
    ufw(1, 'ALLOW', 'UDP', '192.0.2.53', 53, 40123, 64),
    ...SCAN_PORTS.map((port, i) => ufw(2 + i, 'BLOCK', 'TCP', '203.0.113.66', 40000 + i, port, 241)),
    ufw(20, 'BLOCK', 'TCP', '198.51.100.44', 52000, 3389, 113),
  ];
  return `${lines.join('\n')}\n`;
}
