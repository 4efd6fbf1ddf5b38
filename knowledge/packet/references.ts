// Where the packet-field facts come from. Cited, never fetched.
import type { Reference } from '../types';

export const RFC_791: Reference = { label: 'RFC 791 (Internet Protocol): TTL, Identification, flags', url: 'https://www.rfc-editor.org/rfc/rfc791' };
export const RFC_793: Reference = { label: 'RFC 793 (TCP): control bits and window', url: 'https://www.rfc-editor.org/rfc/rfc793' };
export const RFC_1700: Reference = { label: 'RFC 1700 (Assigned Numbers): recommended default TTL 64', url: 'https://www.rfc-editor.org/rfc/rfc1700' };
export const RFC_6864: Reference = { label: 'RFC 6864: the IPv4 ID field', url: 'https://www.rfc-editor.org/rfc/rfc6864' };
export const P0F_README: Reference = { label: 'p0f v3 README: initial TTL and distance', url: 'https://lcamtuf.coredump.cx/p0f3/README' };
export const LINUX_SYSCTL: Reference = { label: 'Linux ip-sysctl: ip_default_ttl (64)', url: 'https://docs.kernel.org/networking/ip-sysctl.html' };
export const WINDOWS_TCPIP: Reference = {
  label: 'Microsoft: TCP/IP configuration parameters, DefaultTTL (128)',
  url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/tcpip-and-nbt-configuration-parameters',
};
export const NMAP_SYN_SCAN: Reference = { label: 'Nmap Network Scanning: TCP SYN scan', url: 'https://nmap.org/book/synscan.html' };
export const NMAP_IDLE_SCAN: Reference = { label: 'Nmap Network Scanning: idle scan', url: 'https://nmap.org/book/idlescan.html' };
export const ZMAP_SOURCE: Reference = { label: 'ZMap source: probe_modules/packet.c (IP ID 54321, TTL 255, window 65535)', url: 'https://github.com/zmap/zmap/blob/main/src/probe_modules/packet.c' };
export const MASSCAN_SOURCE: Reference = { label: 'masscan source: templ-pkt.c (TTL 255, window 1024)', url: 'https://github.com/robertdavidgraham/masscan/blob/master/src/templ-pkt.c' };
