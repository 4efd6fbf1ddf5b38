// Public surface of the log detectors: the registry, each detector with its tunable thresholds
// and factory, and the evidence limits.
export { LOG_DETECTORS, runLogDetectors } from './registry';
export { MAX_EVIDENCE_LINES, MAX_LISTED_SOURCES } from './evidence';

export { AMPLIFICATION_THRESHOLDS, REFLECTOR_PORTS, amplificationDetector, createAmplificationDetector, type AmplificationThresholds } from './amplification';
export { BACKSCATTER_THRESHOLDS, backscatterDetector, createBackscatterDetector, type BackscatterThresholds } from './backscatter';
export { BRUTE_FORCE_THRESHOLDS, LOGIN_SERVICES, bruteForceDetector, createBruteForceDetector, type BruteForceThresholds } from './brute-force';
export { DECOY_SCAN_THRESHOLDS, createDecoyScanDetector, decoyScanDetector, type DecoyScanThresholds } from './decoy-scan';
export { DIALUP_LEFTOVER_THRESHOLDS, createDialupLeftoverDetector, dialupLeftoverDetector, leftoverServiceOf, type DialupLeftoverThresholds } from './dialup-leftover';
export { FRAG_NEEDED_BLOCKED_THRESHOLDS, createFragNeededBlockedDetector, fragNeededBlockedDetector, type FragNeededBlockedThresholds } from './frag-needed-blocked';
export { FRAGGLE_THRESHOLDS, createFraggleDetector, fraggleDetector, type FraggleThresholds } from './fraggle';
export { HOST_SWEEP_THRESHOLDS, createHostSweepDetector, hostSweepDetector, type HostSweepThresholds } from './host-sweep';
export { NETBIOS_NOISE_THRESHOLDS, createNetbiosNoiseDetector, netbiosNoiseDetector, type NetbiosNoiseThresholds } from './netbios-noise';
export { PORT_SCAN_THRESHOLDS, createPortScanDetector, portScanDetector, type PortScanThresholds } from './port-scan';
export { PORT_ZERO_THRESHOLDS, createPortZeroDetector, portZeroDetector, type PortZeroThresholds } from './port-zero';
export { PROXY_PORT_NAMES, PROXY_PROBE_THRESHOLDS, createProxyProbeDetector, proxyProbeDetector, type ProxyProbeThresholds } from './proxy-probe';
export { SOURCE_PORT_53_THRESHOLDS, createSourcePort53Detector, sourcePort53Detector, type SourcePort53Thresholds } from './source-port-53';
export { SSCAN_THRESHOLDS, createSscanDetector, sscanDetector, type SscanThresholds } from './sscan';
export { SMURF_THRESHOLDS, createSmurfDetector, smurfDetector, type SmurfThresholds } from './smurf';
export { STEALTH_SCAN_THRESHOLDS, createStealthScanDetector, stealthKind, stealthScanDetector, type StealthScanThresholds } from './stealth-scan';
export { TRACEROUTE_THRESHOLDS, createTracerouteDetector, tracerouteDetector, type TracerouteThresholds } from './traceroute';
export { OPEN_RELAY_THRESHOLDS, createOpenRelayDetector, openRelayDetector, type OpenRelayThresholds } from './open-relay';
export { PROXY_CONNECT_THRESHOLDS, createProxyConnectDetector, isProxyRequest, proxyConnectDetector, type ProxyConnectThresholds } from './proxy-connect';
export { SCAN_FINDING_IDS, SCANNER_ANSWERED_THRESHOLDS, createScannerAnsweredDetector, scannerAnsweredDetector, type ScannerAnsweredThresholds } from './scanner-answered';
export { WEB_EXPLOIT_SCAN_THRESHOLDS, createWebExploitScanDetector, webExploitScanDetector, type WebExploitScanThresholds } from './web-exploit-scan';
export { ZONE_TRANSFER_THRESHOLDS, createZoneTransferDetector, zoneTransferDetector, type ZoneTransferThresholds } from './zone-transfer';
export { TROJAN_PORT_NAMES, TROJAN_PROBE_THRESHOLDS, createTrojanProbeDetector, trojanProbeDetector, type TrojanProbeThresholds } from './trojan-probe';
