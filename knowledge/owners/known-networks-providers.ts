// Clouds, hosting companies and CDNs, by the AS numbers they operate (as listed in PeeringDB and
// named so in the bundled data). Amazon CloudFront shares Amazon's AS, so it reads as AWS.
import { peeringDb, type KnownNetwork } from './known-network';

const provider = (id: string, name: string, kind: KnownNetwork['kind'], asns: number[], asNameContains: string): KnownNetwork => ({
  id,
  name,
  kind,
  asns,
  asNameContains,
  references: asns.map((asn) => peeringDb(asn, name)),
});

export const PROVIDERS: readonly KnownNetwork[] = [
  provider('aws', 'Amazon Web Services', 'cloud', [16509, 14618], 'Amazon'),
  provider('google-cloud', 'Google Cloud', 'cloud', [396982], 'Google'),
  provider('google', 'Google (services and Google Cloud)', 'cloud', [15169], 'Google'),
  provider('azure', 'Microsoft Azure', 'cloud', [8075], 'Microsoft'),
  provider('oracle-cloud', 'Oracle Cloud', 'cloud', [31898], 'Oracle'),
  provider('ibm-cloud', 'IBM Cloud', 'cloud', [36351], 'IBM'),
  provider('digitalocean', 'DigitalOcean', 'cloud', [14061], 'DigitalOcean'),
  provider('linode', 'Linode (Akamai Cloud)', 'cloud', [63949], 'Akamai'),
  provider('vultr', 'Vultr', 'cloud', [20473], 'Constant Company'),
  provider('alibaba-cloud', 'Alibaba Cloud', 'cloud', [45102, 37963], 'Alibaba'),
  provider('tencent-cloud', 'Tencent Cloud', 'cloud', [132203, 45090], 'Tencent'),
  provider('scaleway', 'Scaleway', 'cloud', [12876], 'Scaleway'),
  provider('ovh', 'OVHcloud', 'hosting', [16276], 'OVH'),
  provider('hetzner', 'Hetzner', 'hosting', [24940, 213230, 212317], 'Hetzner'),
  provider('contabo', 'Contabo', 'hosting', [51167], 'Contabo'),
  provider('cloudflare', 'Cloudflare', 'cdn', [13335], 'Cloudflare'),
  provider('akamai', 'Akamai', 'cdn', [20940, 16625], 'Akamai'),
  provider('fastly', 'Fastly', 'cdn', [54113], 'Fastly'),
  provider('cdn77', 'CDN77 (DataCamp)', 'cdn', [60068], 'Datacamp'),
];
