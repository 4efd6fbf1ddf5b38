// What each kind of network means for the person reading a firewall log, in our own words, with
// the public sources behind any claim about who sends such traffic.
import type { Reference } from '../types';
import type { NetworkKind } from './types';

export interface NetworkKindInfo {
  label: string;
  /** One sentence for the card: what a hit from this kind of network usually means. */
  meaning: string;
  references: readonly Reference[];
}

const SCANNING_STUDY: Reference = {
  label: 'Durumeric, Bailey, Halderman: An Internet-Wide View of Internet-Wide Scanning (USENIX Security 2014)',
  url: 'https://www.usenix.org/conference/usenixsecurity14/technical-sessions/presentation/durumeric',
};
const MIRAI_STUDY: Reference = {
  label: 'Antonakakis et al.: Understanding the Mirai Botnet (USENIX Security 2017)',
  url: 'https://www.usenix.org/conference/usenixsecurity17/technical-sessions/presentation/antonakakis',
};
const CGN: Reference = { label: 'RFC 6888 (carrier-grade NAT)', url: 'https://www.rfc-editor.org/rfc/rfc6888' };

export const NETWORK_KINDS: Readonly<Record<NetworkKind, NetworkKindInfo>> = {
  'research-scanner': {
    label: 'research scanner',
    meaning:
      'A research scanner that maps the whole Internet every day and publishes where it scans from: a blocked hit from it is routine. ' +
      'It records what answers; it does not try to log in.',
    references: [SCANNING_STUDY],
  },
  'dns-resolver': {
    label: 'public DNS resolver',
    meaning: 'A public DNS resolver: packets from its port 53 are normally answers to lookups your own devices made.',
    references: [],
  },
  'time-server': {
    label: 'public time server',
    meaning: 'A public time (NTP) server: packets from its port 123 are normally answers to your devices setting their clocks.',
    references: [],
  },
  cloud: {
    label: 'cloud provider',
    meaning:
      'A rented cloud server: anyone can rent one by the hour, so the name is the landlord, not the sender. ' +
      'Large Internet-wide scans mostly come from rented servers rather than home PCs.',
    references: [SCANNING_STUDY],
  },
  hosting: {
    label: 'hosting company',
    meaning:
      'A rented server at a hosting company: anyone can rent one, so the name is the landlord, not the sender. ' +
      'Large Internet-wide scans mostly come from rented servers rather than home PCs.',
    references: [SCANNING_STUDY],
  },
  cdn: {
    label: 'content delivery network',
    meaning: 'A content delivery network that serves websites for many customers: traffic from it is usually a website you visited answering.',
    references: [],
  },
  residential: {
    label: 'home connection',
    meaning:
      'A home connection: unsolicited probes from one usually come from an infected device (a router, camera or PC taken over by a botnet such as Mirai), ' +
      'not from the person who pays for the line.',
    references: [MIRAI_STUDY],
  },
  mobile: {
    label: 'mobile network',
    meaning:
      'A mobile connection: many phones share each address through the carrier\'s NAT, so the address points at the carrier rather than one person; ' +
      'unsolicited probes usually come from an infected device.',
    references: [CGN, MIRAI_STUDY],
  },
};
