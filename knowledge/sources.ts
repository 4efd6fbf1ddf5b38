// Where the knowledge written into PortLens's own tables comes from, with licences and links: shown
// in the options page's Data section and kept in step with the README by a test. Data compiled at
// build time (the IANA port table, and any later asset) lists its sources inside the asset instead.

export interface KnowledgeSource {
  title: string;
  /** What PortLens takes from it. */
  covers: string;
  licence: string;
  url: string;
}

export const KNOWLEDGE_SOURCES: readonly KnowledgeSource[] = [
  {
    title: 'IANA IPv4 and IPv6 Special-Purpose Address Registries, Multicast Address registries',
    covers: 'special and reserved address ranges, multicast groups (RFC 6890 and later RFCs)',
    licence: 'CC0',
    url: 'https://www.iana.org/assignments/iana-ipv4-special-registry/',
  },
  {
    title: 'IANA ICMP and ICMPv6 Parameters registries',
    covers: 'every ICMP and ICMPv6 type and code (RFC 792, RFC 4443 and later RFCs)',
    licence: 'CC0',
    url: 'https://www.iana.org/assignments/icmp-parameters/',
  },
  {
    title: 'Firewall Forensics (What am I seeing?), Robert Graham, v0.4.1 (2000)',
    covers: 'what probes of ports, ICMP and addresses usually mean; facts rewritten in our own words, no sentences copied',
    licence: 'facts only',
    url: 'https://web.archive.org/web/2000/http://www.robertgraham.com/pubs/firewall-seen.html',
  },
  {
    title: 'CVE records, CISA and US-CERT advisories, vendor reports',
    covers: 'the ports attacked today and why, in our own words with references',
    licence: 'references only',
    url: 'https://www.cve.org/',
  },
];
