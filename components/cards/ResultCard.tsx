import type { LookupResult } from '../../knowledge/search/owner-lookups';
import { AddressCard } from './AddressCard';
import { AsCard } from './AsCard';
import { CidrCard } from './CidrCard';
import { IcmpCard } from './IcmpCard';
import type { OwnerCredit } from './OwnerAttribution';
import type { OwnerLineState } from './OwnerLine';
import { PortCard } from './PortCard';
import { PortRangeCard } from './PortRangeCard';
import { TopicCard } from './TopicCard';

export interface ResultCardProps {
  result: LookupResult;
  /** Everything the card knows (popup's expanded result); the default is the short form. */
  detailed?: boolean;
  /** The person's own note, shown on port and address cards. */
  note?: string | null;
  /** Who holds the address or block (address and CIDR cards); omitted: no owner line. */
  owner?: OwnerLineState;
  /** How owner and AS cards credit the data ('date' when the caller shows the full credit itself). */
  ownerCredit?: OwnerCredit;
}

/** Renders any search result with the card for its kind. Shared by the popup and the hover card. */
export function ResultCard({ result, detailed = false, note, owner, ownerCredit }: ResultCardProps) {
  switch (result.kind) {
    case 'port':
      return <PortCard explanation={result.explanation} detailed={detailed} note={note} />;
    case 'port-range':
      return <PortRangeCard label={result.label} summary={result.summary} facts={result.facts} ranges={result.ranges} detailed={detailed} />;
    case 'address':
      return <AddressCard classification={result.classification} detailed={detailed} note={note} owner={owner} ownerCredit={ownerCredit} />;
    case 'cidr':
      return <CidrCard cidr={result.cidr} detailed={detailed} owner={owner} ownerCredit={ownerCredit} />;
    case 'icmp':
      return <IcmpCard explanation={result.explanation} detailed={detailed} />;
    case 'topic':
      return <TopicCard topic={result.topic} detailed={detailed} />;
    case 'as':
      return <AsCard entry={result.entry} dataDate={result.dataDate} detailed={detailed} credit={ownerCredit} />;
  }
}
