// Ports that are attacked today, each backed by CVE ids, US-CERT/CISA alerts or named vendor reports,
// ordered by port and split into parts under modern-attacked/ to keep each file readable.
// Written in our own words; re-check CVE ids against NVD and the CISA KEV catalog before release.
import type { PortFact } from '../types';
import { MODERN_ATTACKED_PART_1 } from './modern-attacked/part-1';
import { MODERN_ATTACKED_PART_2 } from './modern-attacked/part-2';
import { MODERN_ATTACKED_PART_3 } from './modern-attacked/part-3';
import { MODERN_ATTACKED_PART_4 } from './modern-attacked/part-4';
import { MODERN_ATTACKED_PART_5 } from './modern-attacked/part-5';

export const MODERN_ATTACKED_PORTS: readonly PortFact[] = [
  ...MODERN_ATTACKED_PART_1,
  ...MODERN_ATTACKED_PART_2,
  ...MODERN_ATTACKED_PART_3,
  ...MODERN_ATTACKED_PART_4,
  ...MODERN_ATTACKED_PART_5,
];
