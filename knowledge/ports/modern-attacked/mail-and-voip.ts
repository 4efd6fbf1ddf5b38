// Mail transfer and VoIP signalling: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref } from './references';

export const MODERN_MAIL_AND_VOIP: readonly PortFact[] = [
  {
    id: 'modern-25',
    ports: [25, 25],
    protocols: ['tcp'],
    role: 'destination',
    service: 'SMTP',
    aliases: ['smtp', 'mail', 'exim', 'postfix'],
    summary:
      'Mail transfer between servers. Mail servers must accept it, but other hosts see open-relay tests, AUTH password guessing and mail-server exploits.',
    probing:
      'A relay for spam, stolen mailbox logins, or remote code execution such as the Exim bug (4.87 to 4.91) that Russia\'s "Sandworm" unit exploited at scale.',
    advice:
      'Only mail servers should listen here. Refuse relaying for unauthenticated senders, move user submission to 587/465 with rate limits, and keep Exim at 4.92 or later.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2019-10149'), ref('NSA advisory on Exim (May 2020)')],
  },
  {
    id: 'modern-5060',
    ports: [5060, 5060],
    protocols: ['tcp', 'udp'],
    role: 'destination',
    service: 'SIP',
    aliases: ['sip', 'voip', 'sipvicious', 'friendly-scanner', 'asterisk'],
    summary:
      'Session Initiation Protocol for VoIP calls. Nearly all unsolicited hits are SIPVicious-style sweeps (often user agent "friendly-scanner").',
    probing:
      'PBX extensions to enumerate and brute-force, then fraudulent calls to premium-rate numbers (toll fraud). SIP scanners identify themselves with user agents such as "friendly-scanner" or "sipvicious".',
    advice:
      'Allow SIP only from your provider\'s addresses, use long extension secrets plus fail2ban, restrict international dialling, keep the PBX patched and its web admin off the Internet.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('RFC 3261 (SIP)'), ref('SIPVicious tool suite (sipvicious.org)')],
  },
  {
    id: 'modern-5061',
    ports: [5061, 5061],
    protocols: ['tcp'],
    role: 'destination',
    service: 'SIP over TLS',
    aliases: ['sips', 'sip-tls', 'sip', 'voip'],
    summary: 'SIP signalling over TLS. Scanners sweep it like 5060, only encrypted.',
    probing: 'Extensions to guess and PBX bugs to exploit.',
    advice: 'Same as 5060: limit it to your provider and phones, with strong secrets and patched PBX software.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('RFC 3261 §26 (SIPS over TLS)'), ref('RFC 5630 (SIPS)')],
  },
];
