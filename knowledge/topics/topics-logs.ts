// Topics on what service logs mean: DNS, HTTP, RPC, SMTP, identd (FAQ §7), in our own words.
import type { Topic } from '../types';
import { cert, faq, rfc } from './topic-refs';

export const LOG_TOPICS: readonly Topic[] = [
  {
    id: 'dns-logs',
    title: 'DNS in firewall logs (port 53)',
    keywords: ['dns', '53', 'udp 53', 'tcp 53', 'zone transfer', 'axfr', 'resolver', 'open resolver', 'source port 53', 'named', 'bind'],
    summary:
      'Most port 53 traffic is answers to your own lookups, but TCP 53 from strangers is usually a zone-transfer attempt, and a source port of 53 is an old trick for slipping past stateless filters.',
    body: [
      'UDP from a DNS server\'s port 53 to a high port on your side is normally the reply to one of your queries, and a stateful firewall matches it. Stateless rules that admit "anything from port 53" can be fooled, because the sender picks its own source port.',
      'TCP 53 from an outsider to your server is typically a request for the whole zone (AXFR) to list your hosts. UDP queries from outsiders to a machine that is not a public name server are hunts for open resolvers, later used to amplify floods.',
      'Queries from source ports under 1024 are normal behind NAT, which rewrites ports freely; filtering DNS by source port only breaks lookups.',
    ],
    related: ['split-dns', 'amplification-ddos', 'port:53'],
    references: [faq('7.1'), faq('1.9'), rfc(1035), rfc(5936), rfc(5358)],
  },
  {
    id: 'http-logs',
    title: 'Web probes in logs (ports 80, 443, 8080)',
    keywords: ['http', 'https', 'web', 'web server', '80', '443', '8080', 'get', 'connect', 'user-agent', '404', 'cgi-bin', 'worm'],
    summary:
      'Hits on web ports come from crawlers, vulnerability scanners, proxy hunters and worms; the request line in a web or proxy log usually shows which one.',
    body: [
      'Requests for paths you never had (admin panels, old CGI scripts, /cgi-bin/, /.env, wp-login.php) are automated scanners trying known exploit paths on every address they can reach.',
      'A CONNECT request, or a GET for a full URL on someone else\'s site, tests whether you run an open proxy that would hide where their traffic comes from (see proxy-scan).',
      'The same request arriving from many sources at once was once a worm (Code Red, Nimda) and today is usually a botnet. On a home line with no web server, inbound 80 and 443 are pure scanning and can be dropped.',
    ],
    related: ['proxy-scan', 'remapped-ports', 'port:80', 'port:8080'],
    references: [faq('7.2'), rfc(9110), cert('2001-19', 'Code Red'), cert('2001-26', 'Nimda')],
  },
  {
    id: 'rpc-logs',
    title: 'RPC probes (ports 111 and 135)',
    keywords: ['rpc', 'sunrpc', 'portmapper', 'portmap', 'rpcbind', '111', '135', 'epmap', 'dcom', 'rpcinfo', 'nfs', 'mountd', 'statd'],
    summary:
      'Probes of port 111 (Sun RPC portmapper) or 135 (Microsoft RPC endpoint mapper) ask which RPC services you run, as a first step to attacking one of them.',
    body: [
      'RPC programs do not sit on fixed ports; a directory tells clients where to find them: portmapper/rpcbind on 111 for Unix, the endpoint mapper on 135 for Windows. Dumping that directory (rpcinfo -p, or an endpoint dump on Windows) shows whether NFS, mountd, statd, DCOM services and the like are present and where.',
      'Attackers also skip the directory and go straight to usual ports, such as NFS on 2049 or the Solaris RPC range just above 32770. The Blaster worm of 2003 spread through DCOM on 135.',
      'Never expose 111 or 135 to the Internet. Logged attempts are scans; an IDS or packet capture shows which RPC program number they asked for.',
    ],
    related: ['port:111', 'port:135', 'port:2049'],
    references: [faq('7.3'), rfc(5531), rfc(1833), cert('2003-20', 'Blaster')],
  },
  {
    id: 'smtp-logs',
    title: 'SMTP probes (port 25)',
    keywords: ['smtp', '25', 'mail', 'email', 'relay', 'open relay', 'spam', 'spammer', 'sendmail', '587', '465', 'helo', 'ehlo'],
    summary:
      'Connections to port 25 from strangers mostly come from spammers hunting open relays, from mail-server exploit scans, or from bots checking whether they can send through you.',
    body: [
      'An open relay forwards mail from anyone to anyone, so one message with thousands of recipients goes out through it and the spam seems to come from you. A relay test looks like HELO, then MAIL FROM and RCPT TO for domains that are not yours.',
      'Mail servers must accept connections from the whole Internet and parse complicated input, which long made them favourite targets (sendmail above all).',
      'Without a mail server, drop inbound 25. With one, relay only for your own users (authenticated submission on 587 or 465) and watch for bursts of refused RCPT commands. Outbound 25 from ordinary PCs usually points at a spam bot.',
    ],
    related: ['port:25', 'proxy-scan'],
    references: [faq('7.4'), rfc(5321), rfc(2505), rfc(6409)],
  },
  {
    id: 'identd-logs',
    title: 'identd / auth (port 113) in logs',
    keywords: ['identd', 'ident', 'auth', '113', 'rfc 1413', 'irc', 'callback', 'call-back'],
    summary:
      'Inbound TCP 113 just after you connect to a mail, FTP or IRC server is that server asking your ident service who you are: expected, not an attack.',
    body: [
      'The ident protocol (RFC 1413) lets a server ask the client\'s machine which user owns a given TCP connection. IRC networks still ask routinely, and so do some mail and FTP servers.',
      'Check the timing: the 113 attempt comes from the very address you just connected to, within a second or two. Scans of 113 from unrelated addresses are rare; an identd that answers anyone leaks user names and hints about the OS.',
      'Refuse it with a TCP reset rather than a silent drop, or logins stall (see slow-connections). If an IRC network insists on an ident answer, a minimal fake identd returning a dummy name will do.',
    ],
    related: ['slow-connections', 'proxy-scan', 'port:113'],
    references: [faq('7.5'), faq('4.1'), rfc(1413)],
  },
];
