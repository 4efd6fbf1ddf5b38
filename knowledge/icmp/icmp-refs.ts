// Shared references for the ICMP tables. Labels are what the UI shows; URLs are never fetched.
import type { Reference } from '../types';

export { rfc } from '../rfc-reference';

export const IANA_ICMP: Reference = {
  label: 'IANA ICMP Type Numbers registry',
  url: 'https://www.iana.org/assignments/icmp-parameters/icmp-parameters.xhtml',
};

export const IANA_ICMPV6: Reference = {
  label: 'IANA ICMPv6 Parameters registry',
  url: 'https://www.iana.org/assignments/icmpv6-parameters/icmpv6-parameters.xhtml',
};

/** The ICMP section of the classic Firewall Forensics FAQ (facts only, rewritten). */
export const FAQ_ICMP: Reference = { label: 'Firewall Forensics FAQ §2' };

export const CERT_SMURF: Reference = {
  label: 'CERT CA-1998-01 (smurf)',
  url: 'https://vuls.cert.org/confluence/display/historical/CERT+Advisory+CA-1998-01+Smurf+IP+Denial-of-Service+Attacks',
};
