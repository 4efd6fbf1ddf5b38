// "Clever" alternate ports that people move services to (Firewall Forensics FAQ §1.12).
// Facts from the FAQ, every sentence our own.
import type { PortFact, Reference } from '../types';

const FAQ_REMAP: Reference = { label: 'Firewall Forensics FAQ §1.12' };

/** Why services end up on odd ports, and why that does not hide them. */
export const REMAPPING_NOTE =
  'Services get moved off their standard port for three reasons: the owner hopes an unusual number will hide them, only root may listen below 1024 on Unix so ordinary users pick a high port, and some ISPs block the low ports. Hiding does not work: scanners sweep every port and try the obvious variants (81, 8080, 1100, 12345 ...) first.';

const HIDDEN_NOT_SAFE =
  'Scanners try the usual stand-ins for a moved service early, so a service here is found about as fast as on its standard port.';

const SECURE_IT =
  'Secure the service as if it sat on its standard port (patches, authentication, TLS), and do not count on the odd number to keep anyone out.';

const CHOSEN_NUMBER_PROBING =
  'People choose memorable numbers for services and backdoors alike, so scanners include them as a matter of routine.';

export const REMAPPED_PORTS: readonly PortFact[] = [
  {
    id: 'remap-81', ports: [81, 81], protocols: ['tcp'], role: 'destination', service: 'HTTP (moved to 81)', aliases: ['http alternate', 'http-alt', 'web'],
    summary: 'A favourite alternate web port, one above HTTP\'s 80, used when an ISP blocks 80 on home lines or 80 is taken; often the admin page of a router, camera or NAS.',
    probing: HIDDEN_NOT_SAFE + ' IoT botnets go after device admin pages on 81 in particular.',
    advice: 'Treat it as a web server: patch it, require strong passwords, and keep device admin pages off the Internet.',
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-88', ports: [88, 88], protocols: ['tcp'], role: 'destination', service: 'HTTP (moved to 88) / Kerberos', aliases: ['http alternate', 'kerberos', 'web'],
    summary: 'Sometimes used as a stand-in for HTTP because it looks like 80, but officially 88 is Kerberos: on a Windows domain controller this is authentication traffic.',
    probing: 'Either a sweep for web servers on variants of 80, or someone reaching for Kerberos to enumerate accounts or collect tickets to crack offline.',
    advice: 'Never expose Kerberos to the Internet. If a web server sits here, secure it like any other.',
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP, { label: 'RFC 4120' }],
  },
  {
    id: 'remap-8000', ports: [8000, 8000], protocols: ['tcp'], role: 'destination', service: 'HTTP (alternate 8000)', aliases: ['http alternate', 'http-alt', 'dev server', 'web'],
    summary: 'A common alternate web port: development servers (Python\'s `http.server`, Django) and many streaming and device consoles default to 8000.',
    probing: HIDDEN_NOT_SAFE,
    advice: 'Development servers are not built for exposure; bind them to localhost. ' + SECURE_IT,
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-8080', ports: [8080, 8080], protocols: ['tcp'], role: 'destination', service: 'HTTP (alternate 8080)', aliases: ['http alternate', 'http-alt', 'tomcat', 'jenkins', 'web'],
    summary: 'The classic second home of HTTP, chosen by people without root who cannot bind 80; application servers and admin consoles (Tomcat, Jenkins and others) default to it.',
    probing: HIDDEN_NOT_SAFE + ' Admin consoles on 8080 with default logins are a favourite target.',
    advice: SECURE_IT,
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-8888', ports: [8888, 8888], protocols: ['tcp'], role: 'destination', service: 'HTTP (alternate 8888)', aliases: ['http alternate', 'jupyter', 'web'],
    summary: 'Another HTTP variant built from 8s; Jupyter notebooks default to 8888, and a notebook without a token gives away a shell.',
    probing: HIDDEN_NOT_SAFE + ' Exposed notebooks and admin panels are the prize.',
    advice: 'Keep notebooks and consoles on localhost or behind a VPN. ' + SECURE_IT,
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-1100', ports: [1100, 1100], protocols: ['tcp'], role: 'destination', service: 'POP3 (moved to 1100)', aliases: ['pop3 alternate', 'pop3', 'mail'],
    summary: 'POP3 normally lives on 110; adding a zero to get 1100 is a typical way of moving it.',
    probing: HIDDEN_NOT_SAFE,
    advice: 'Offer mail access over TLS (995 or 993) instead of a renumbered plain-text port. ' + SECURE_IT,
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-12345', ports: [12345, 12345], role: 'destination', service: 'Digit pattern 12345', aliases: ['12345', 'netbus'],
    summary: 'Counting 1-2-3-4-5 is what many people type when asked for a port, so services end up here; it is also the NetBus trojan default, which makes it one of the most scanned high ports.',
    probing: CHOSEN_NUMBER_PROBING,
    advice: 'Check with `netstat -an` or `ss -tulpn` what listens here, if anything. A deliberate service here needs the same protection as anywhere else.',
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-23456', ports: [23456, 23456], role: 'destination', service: 'Digit pattern 23456', aliases: ['23456', 'evilftp'],
    summary: 'The next run of digits after 12345, picked for the same reason; the EvilFTP trojan also defaulted to it.',
    probing: CHOSEN_NUMBER_PROBING,
    advice: 'See what listens here with `netstat -an` or `ss -tulpn`; if it is your own service, secure it normally.',
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-34567', ports: [34567, 34567], role: 'destination', service: 'Digit pattern 34567', aliases: ['34567', 'dvr'],
    summary: 'Another easy digit sequence. Today it is best known as the control port of many cheap Xiongmai-based DVR and camera recorders.',
    probing: CHOSEN_NUMBER_PROBING + ' Botnets sweep 34567 for DVRs with default or missing passwords.',
    advice: 'If a recorder of yours answers here, remove its port forward (and UPnP), update it and change its password.',
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-42', ports: [42, 42], role: 'destination', service: 'The number 42', aliases: ['42', 'hitchhiker', 'wins replication', 'nameserver'],
    summary: 'Picked as "the answer to everything" from The Hitchhiker\'s Guide to the Galaxy. Officially 42 is the old host name server, and Windows WINS replication uses TCP 42.',
    probing: 'A sweep for services on well-known joke numbers, or for exposed WINS servers (which have had remote-code bugs).',
    advice: 'Keep WINS off the Internet. ' + SECURE_IT,
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-69', ports: [69, 69], role: 'destination', service: 'The number 69', aliases: ['69'],
    summary: 'Chosen as a joke number, but 69 is also TFTP\'s real port, so UDP traffic here is far more likely TFTP than a moved service.',
    probing: 'Over UDP, almost always a hunt for open TFTP servers (see the TFTP entry); over TCP, a sweep of memorable numbers.',
    advice: 'Keep TFTP away from the Internet. ' + SECURE_IT,
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-666', ports: [666, 666], role: 'destination', service: 'The number 666', aliases: ['666', 'doom', 'beast'],
    summary: 'The "number of the beast", a favourite for backdoors and hobby services; it is also registered for id Software\'s Doom multiplayer.',
    probing: CHOSEN_NUMBER_PROBING,
    advice: 'Check with `netstat -an` or `ss -tulpn` whether anything listens here; if nothing does, ignore it.',
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
  {
    id: 'remap-31337', ports: [31337, 31337], role: 'destination', service: 'The number 31337 ("elite")', aliases: ['31337', 'elite', 'eleet', 'leet'],
    summary: 'Hacker spelling for "elite", chosen by people who think it is clever, for personal services and backdoors alike (Back Orifice being the famous case).',
    probing: CHOSEN_NUMBER_PROBING,
    advice: 'Check what listens here with `netstat -an` or `ss -tulpn`; an unexplained listener on 31337 deserves a closer look.',
    risk: 'low', category: 'remapped', table: 'remapped', references: [FAQ_REMAP],
  },
];
