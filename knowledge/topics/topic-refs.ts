// Reference helpers for the topic entries. Labels are shown in the UI; URLs are never fetched.
import type { Reference } from '../types';

/** A section of the classic Firewall Forensics FAQ (v0.4.1, 2000); facts only, rewritten. */
export function faq(section: string): Reference {
  return { label: `Firewall Forensics FAQ §${section}` };
}

export function rfc(num: number, note?: string): Reference {
  return { label: note ? `RFC ${num} (${note})` : `RFC ${num}`, url: `https://www.rfc-editor.org/rfc/rfc${num}` };
}

/** A CERT/CC advisory, e.g. cert('1998-01', 'smurf'). */
export function cert(id: string, subject: string): Reference {
  return { label: `CERT CA-${id} (${subject})` };
}

export const NMAP_EVASION: Reference = {
  label: 'Nmap Reference Guide: firewall/IDS evasion and spoofing',
  url: 'https://nmap.org/book/man-bypass-firewalls-ids.html',
};

export const NMAP_SCAN_TYPES: Reference = {
  label: 'Nmap Reference Guide: port scanning techniques',
  url: 'https://nmap.org/book/man-port-scanning-techniques.html',
};
