// Every log detector, listed by hand. Order is the order findings are reported in: attacks on
// you first, then reconnaissance, then misconfiguration and harmless noise.
import type { Detector, Finding, LogEvent } from '../types';
import { runDetectorsOn } from '../detector-runner';
import { amplificationDetector } from './amplification';
import { backscatterDetector } from './backscatter';
import { bruteForceDetector } from './brute-force';
import { decoyScanDetector } from './decoy-scan';
import { dialupLeftoverDetector } from './dialup-leftover';
import { fragNeededBlockedDetector } from './frag-needed-blocked';
import { fraggleDetector } from './fraggle';
import { hostSweepDetector } from './host-sweep';
import { netbiosNoiseDetector } from './netbios-noise';
import { portScanDetector } from './port-scan';
import { portZeroDetector } from './port-zero';
import { proxyProbeDetector } from './proxy-probe';
import { sourcePort53Detector } from './source-port-53';
import { sscanDetector } from './sscan';
import { smurfDetector } from './smurf';
import { stealthScanDetector } from './stealth-scan';
import { tracerouteDetector } from './traceroute';
import { trojanProbeDetector } from './trojan-probe';

export const LOG_DETECTORS: readonly Detector[] = Object.freeze([
  // Floods and attacks under way
  smurfDetector,
  fraggleDetector,
  amplificationDetector,
  bruteForceDetector,
  // Scans and probes
  portScanDetector,
  hostSweepDetector,
  decoyScanDetector,
  stealthScanDetector,
  sscanDetector,
  sourcePort53Detector,
  trojanProbeDetector,
  proxyProbeDetector,
  portZeroDetector,
  tracerouteDetector,
  // Misconfiguration and side effects
  fragNeededBlockedDetector,
  backscatterDetector,
  dialupLeftoverDetector,
  netbiosNoiseDetector,
]);

/** Runs every registered detector over a list of events, as analyzeLog does while reading a log. */
export function runLogDetectors(events: readonly LogEvent[], detectors: readonly Detector[] = LOG_DETECTORS): Finding[] {
  return runDetectorsOn(events, detectors);
}
