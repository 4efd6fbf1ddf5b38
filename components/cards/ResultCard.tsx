import type { SearchResult } from '../../knowledge';
import { AddressCard } from './AddressCard';
import { CidrCard } from './CidrCard';
import { IcmpCard } from './IcmpCard';
import { PortCard } from './PortCard';
import { PortRangeCard } from './PortRangeCard';
import { TopicCard } from './TopicCard';

/** Renders any search result with the card for its kind. Shared by the popup and the hover card. */
export function ResultCard({ result, detailed = false }: { result: SearchResult; detailed?: boolean }) {
  switch (result.kind) {
    case 'port':
      return <PortCard explanation={result.explanation} detailed={detailed} />;
    case 'port-range':
      return <PortRangeCard label={result.label} summary={result.summary} facts={result.facts} ranges={result.ranges} />;
    case 'address':
      return <AddressCard classification={result.classification} detailed={detailed} />;
    case 'cidr':
      return <CidrCard cidr={result.cidr} />;
    case 'icmp':
      return <IcmpCard explanation={result.explanation} detailed={detailed} />;
    case 'topic':
      return <TopicCard topic={result.topic} detailed={detailed} />;
  }
}
