// The application services that server logs report on, with the port each listens on by default.
// Server-log lines rarely name their own port; rules and findings fall back to these.

export interface ServiceInfo {
  /** Name for people: "SSH", "SMTP". */
  name: string;
  /** Default listening port. */
  port: number;
  protocol: 'tcp' | 'udp';
}

export const SERVICES: Readonly<Record<string, ServiceInfo>> = Object.freeze({
  ssh: { name: 'SSH', port: 22, protocol: 'tcp' },
  smtp: { name: 'SMTP', port: 25, protocol: 'tcp' },
  http: { name: 'HTTP', port: 80, protocol: 'tcp' },
  dns: { name: 'DNS', port: 53, protocol: 'udp' },
});

/** "SSH", or the service id upper-cased when it is not in the table. */
export function serviceName(service: string): string {
  return SERVICES[service]?.name ?? service.toUpperCase();
}
