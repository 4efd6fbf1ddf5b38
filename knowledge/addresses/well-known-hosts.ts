// Addresses that are not IANA special-purpose rows of their own but have one well-known use that
// explains them in a log better than their block does: the cloud metadata service inside
// link-local space, Tailscale's resolver inside CGNAT space, the cable-modem admin page inside
// private space. Summaries and notes are our own words; each row cites the vendor documentation.
import { rfc } from '../rfc-reference';
import type { AddressRange } from '../types';

export const WELL_KNOWN_HOSTS: readonly AddressRange[] = [
  {
    prefix: '169.254.169.254/32',
    name: 'Cloud instance metadata service',
    scope: 'link-local',
    globallyReachable: false,
    summary:
      'The instance metadata service of AWS, Azure, Google Cloud, Oracle Cloud and other clouds: a virtual machine asks this address for its identity, network settings and temporary cloud credentials.',
    note:
      'Normal when a cloud VM talks to it, and it never leaves that machine\'s host. Requests made through a web application on the VM (server-side request forgery) can steal its cloud credentials, which is why AWS IMDSv2 demands a session token. On a home or office network, traffic to it is software or a scanner looking for cloud metadata, not a failed DHCP lease.',
    references: [
      { label: 'AWS EC2 User Guide: instance metadata service (IMDSv2)' },
      { label: 'Microsoft Learn: Azure Instance Metadata Service' },
      { label: 'Google Cloud: about VM metadata (metadata.google.internal)' },
      rfc(3927),
    ],
  },
  {
    prefix: '100.100.100.100/32',
    name: 'Tailscale MagicDNS resolver (Quad100)',
    scope: 'shared',
    globallyReachable: false,
    summary:
      'Tailscale\'s built-in DNS resolver. Every device running Tailscale answers DNS on this address, inside the CGNAT block from which Tailscale also numbers its devices (100.64.0.0/10).',
    note:
      'Normal on a device running Tailscale: its DNS queries go here and are answered on the same machine. On a network without Tailscale it means a resolver setting copied from a Tailscale device.',
    references: [{ label: 'Tailscale KB 1081: MagicDNS', url: 'https://tailscale.com/kb/1081/magicdns' }, rfc(6598)],
  },
  {
    prefix: '192.168.100.1/32',
    name: 'Cable modem status page',
    scope: 'private',
    globallyReachable: false,
    summary:
      'Most DOCSIS cable modems (ARRIS/SURFboard, Netgear, Technicolor, Hitron and others) serve their status and admin page on 192.168.100.1, whatever subnet the router behind them uses.',
    note:
      'Normal when a device here opens the modem\'s status page, or when the modem itself sends from it on your WAN side. Claimed as a source by anything arriving from the Internet, it is spoofed.',
    references: [{ label: 'ARRIS SURFboard user guides: modem configuration page 192.168.100.1' }, rfc(1918)],
  },
];
