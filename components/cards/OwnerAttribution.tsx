// The owner data's licence asks for this credit, with a link to DB-IP, wherever its answers are shown.
// One copy, used by the owner line and the AS card.

const TEXT = {
  asOf: (dataDate: string) => `IP-to-AS data as of ${dataDate}:`,
  sources: 'and RouteViews, CC BY 4.0; country: the regional Internet registries via the NRO.',
};

export function OwnerAttribution({ dataDate }: { dataDate: string }) {
  return (
    <p class="pl-owner-meta">
      {TEXT.asOf(dataDate)}{' '}
      <a href="https://db-ip.com" target="_blank" rel="noopener noreferrer">DB-IP</a> {TEXT.sources}
    </p>
  );
}
