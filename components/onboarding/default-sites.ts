// Turns the content script's match patterns into the short lists the welcome page shows.

export interface DefaultSites {
  /** localhost, 127.0.0.1 */
  loopback: string[];
  /** Router addresses such as 192.168.1.1 */
  addresses: string[];
  /** Local name suffixes such as .lan, .home.arpa */
  localSuffixes: string[];
  /** Router brand names such as fritz.box */
  names: string[];
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The host of a match pattern ("https://*.lan/*" → "*.lan"), or null for a pattern it cannot read. */
export function patternHost(pattern: string): string | null {
  const match = /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern);
  return match ? match[1] : null;
}

/** Groups the hosts of `patterns` (each once, in their order); http and https of a host count once. */
export function describeDefaultSites(patterns: readonly string[]): DefaultSites {
  const sites: DefaultSites = { loopback: [], addresses: [], localSuffixes: [], names: [] };
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const host = patternHost(pattern);
    if (!host || seen.has(host)) continue;
    seen.add(host);
    if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]') sites.loopback.push(host);
    else if (IPV4.test(host)) sites.addresses.push(host);
    else if (host.startsWith('*.')) sites.localSuffixes.push(host.slice(1));
    else sites.names.push(host);
  }
  return sites;
}
