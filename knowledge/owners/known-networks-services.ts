// Public DNS resolvers and time servers, by the addresses their operators document. The NTP Pool
// (pool.ntp.org) is left out: its servers are volunteers' machines whose addresses change.
import type { KnownNetwork } from './known-network';

export const PUBLIC_SERVICES: readonly KnownNetwork[] = [
  {
    id: 'google-public-dns',
    name: 'Google Public DNS',
    kind: 'dns-resolver',
    prefixes: ['8.8.8.8/32', '8.8.4.4/32', '2001:4860:4860::8888/128', '2001:4860:4860::8844/128'],
    references: [{ label: 'Google Public DNS: get started', url: 'https://developers.google.com/speed/public-dns/docs/using' }],
  },
  {
    id: 'cloudflare-dns',
    name: 'Cloudflare 1.1.1.1',
    kind: 'dns-resolver',
    prefixes: ['1.1.1.1/32', '1.0.0.1/32', '2606:4700:4700::1111/128', '2606:4700:4700::1001/128'],
    references: [{ label: 'Cloudflare 1.1.1.1: IP addresses', url: 'https://developers.cloudflare.com/1.1.1.1/ip-addresses/' }],
  },
  {
    id: 'quad9',
    name: 'Quad9',
    kind: 'dns-resolver',
    prefixes: ['9.9.9.9/32', '149.112.112.112/32', '2620:fe::fe/128', '2620:fe::9/128'],
    references: [{ label: 'Quad9: service addresses', url: 'https://quad9.net/service/service-addresses-and-features/' }],
  },
  {
    id: 'opendns',
    name: 'Cisco OpenDNS',
    kind: 'dns-resolver',
    prefixes: ['208.67.222.222/32', '208.67.220.220/32', '2620:119:35::35/128', '2620:119:53::53/128'],
    references: [{ label: 'OpenDNS: set-up guide (resolver addresses)', url: 'https://www.opendns.com/setupguide/' }],
  },
  {
    id: 'google-public-ntp',
    name: 'Google Public NTP (time.google.com)',
    kind: 'time-server',
    prefixes: ['216.239.35.0/32', '216.239.35.4/32', '216.239.35.8/32', '216.239.35.12/32', '2001:4860:4806::/128', '2001:4860:4806:4::/128', '2001:4860:4806:8::/128', '2001:4860:4806:c::/128'],
    references: [{ label: 'Google Public NTP: FAQ (server addresses)', url: 'https://developers.google.com/time/faq' }],
  },
];
