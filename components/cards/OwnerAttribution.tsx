// The owner data's licence asks for this credit, with a link to DB-IP, wherever its answers are shown.
// One copy, used by the owner line, the AS card and the popup's result list.

const TEXT = {
  asOf: (dataDate: string) => `IP-to-AS data as of ${dataDate}:`,
  dateOnly: (dataDate: string) => `IP-to-AS data as of ${dataDate}.`,
  sources: 'and RouteViews, CC BY 4.0; country: the regional Internet registries via the NRO.',
};

/**
 * 'full': the date and the credit with its link. 'date': the date alone, for cards inside a list whose
 * options may hold no link (a listbox option with a focusable link inside fails keyboard and screen
 * reader users); the list then shows the full credit once, below itself.
 */
export type OwnerCredit = 'full' | 'date';

export function OwnerAttribution({ dataDate, credit = 'full' }: { dataDate: string; credit?: OwnerCredit }) {
  if (credit === 'date') return <p class="pl-owner-meta">{TEXT.dateOnly(dataDate)}</p>;
  return (
    <p class="pl-owner-meta">
      {TEXT.asOf(dataDate)}{' '}
      <a href="https://db-ip.com" target="_blank" rel="noopener noreferrer">DB-IP</a> {TEXT.sources}
    </p>
  );
}
