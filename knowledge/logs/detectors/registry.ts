// Every log detector, listed by hand. Order is the order findings are reported in: a scanner that got
// an answer first (it finishes last, as it reads the other findings), then attacks under way, then
// reconnaissance, then misconfiguration and harmless noise.
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
import { scannerAnsweredDetector } from './scanner-answered';
import { openRelayDetector } from './open-relay';
import { webExploitScanDetector } from './web-exploit-scan';
import { zoneTransferDetector } from './zone-transfer';
import { proxyConnectDetector } from './proxy-connect';

export const LOG_DETECTORS: readonly Detector[] = Object.freeze([
  scannerAnsweredDetector,
  // Floods and attacks under way
  smurfDetector,
  fraggleDetector,
  amplificationDetector,
  bruteForceDetector,
  openRelayDetector,
  // Scans and probes
  webExploitScanDetector,
  portScanDetector,
  hostSweepDetector,
  decoyScanDetector,
  stealthScanDetector,
  sscanDetector,
  zoneTransferDetector,
  proxyConnectDetector,
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
