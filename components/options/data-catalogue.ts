// The build's list of bundled data sets (scripts/build-data-catalogue.mjs writes it; the extension
// ships it as data/catalogue.json). Read defensively: a damaged file shows as a message, not a crash.

export interface DataSource {
  name: string;
  version?: string;
  licence: string;
  url?: string;
  attribution?: string;
  use?: string;
}

export interface DataSet {
  file: string;
  title: string;
  hash: string;
  bytes: number;
  builtAt: string;
  /** The date of the data itself, when the source says it (e.g. the owner tables). */
  dataDate?: string;
  sources: DataSource[];
}

export interface BundledLibrary {
  name: string;
  version: string;
  licence: string;
  url: string;
}

export interface DataCatalogue {
  builtAt: string;
  datasets: DataSet[];
  software: BundledLibrary[];
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 500;
const optionalText = (v: unknown) => (text(v) ? v : undefined);
/** Only web links: a catalogue entry never becomes a javascript: or data: link. */
const webLink = (v: unknown) => (text(v) && /^https:\/\//.test(v) ? v : undefined);

function readSource(raw: unknown): DataSource | null {
  const r = raw as Record<string, unknown> | null;
  if (!r || !text(r.name) || !text(r.licence)) return null;
  const source: DataSource = { name: r.name, licence: r.licence };
  for (const [key, value] of [['version', optionalText(r.version)], ['url', webLink(r.url)], ['attribution', optionalText(r.attribution)], ['use', optionalText(r.use)]] as const) {
    if (value) source[key] = value;
  }
  return source;
}

/** The catalogue file is not one this build can read; the page says so in the user's language. */
export class CatalogueDamagedError extends Error {
  constructor() {
    super('data/catalogue.json');
    this.name = 'CatalogueDamagedError';
  }
}

/** The catalogue inside a parsed JSON value; throws when it is not one. */
export function readDataCatalogue(raw: unknown): DataCatalogue {
  const r = raw as Record<string, unknown> | null;
  if (!r || r.format !== 1 || !Array.isArray(r.datasets)) throw new CatalogueDamagedError();
  const datasets = r.datasets.flatMap((d: Record<string, unknown>) =>
    d && text(d.file) && text(d.hash) && typeof d.bytes === 'number' && text(d.builtAt) && Array.isArray(d.sources)
      ? [{
          file: d.file,
          title: optionalText(d.title) ?? d.file,
          hash: d.hash,
          bytes: d.bytes,
          builtAt: d.builtAt,
          ...(typeof d.dataDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.dataDate) ? { dataDate: d.dataDate } : {}),
          sources: d.sources.map(readSource).filter((s): s is DataSource => s !== null),
        }]
      : [],
  );
  const software = (Array.isArray(r.software) ? r.software : []).flatMap((s: Record<string, unknown>) =>
    s && text(s.name) && text(s.version) && text(s.licence) && webLink(s.url) ? [{ name: s.name, version: s.version, licence: s.licence, url: s.url as string }] : [],
  );
  return { builtAt: text(r.builtAt) ? r.builtAt : '', datasets, software };
}
