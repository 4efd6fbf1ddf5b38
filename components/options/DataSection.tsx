// Data: the knowledge base's state and dates, every bundled data set with its version, licence and
// link (from the build's catalogue), and "Rebuild the knowledge base".
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KnowledgeSource } from '../../knowledge/sources';
import type { KnowledgeStatus } from '../../messaging/protocol';
import type { DataCatalogue } from './data-catalogue';
import type { KnowledgeApi } from './options-deps';

const TEXT = {
  title: 'Data',
  intro: 'Everything PortLens knows ships inside the extension and is stored on this computer. Nothing is downloaded.',
  kbTitle: 'Knowledge base',
  version: 'PortLens version',
  state: 'State',
  states: { closed: 'not open yet', opening: 'opening', blocked: 'waiting for another PortLens page', seeding: 'loading the port table', ready: 'ready', failed: 'failed' },
  ports: 'Ports in the IANA table',
  seededAt: 'Loaded into this browser',
  seedTime: 'Loading took',
  assetHash: 'Table fingerprint',
  notYet: 'not yet',
  rebuild: 'Rebuild the knowledge base',
  rebuildHint: 'Rewrites the port table in this browser from the copy inside PortLens. Your notes are kept.',
  rebuilding: 'Rebuilding…',
  progress: 'Rebuild progress',
  rebuilt: (ports: number) => `Rebuilt: ${ports.toLocaleString('en')} ports loaded.`,
  datasetsTitle: 'Bundled data sets',
  builtAt: 'Built',
  dataOf: 'Data of',
  size: 'Size',
  fingerprint: 'Fingerprint',
  used: (use: string) => ` (used for ${use})`,
  curatedTitle: 'Knowledge written for PortLens',
  softwareTitle: 'Libraries inside PortLens',
  catalogueLoading: 'Reading the list of bundled data…',
  statusLoading: 'Asking the knowledge base…',
};

/** How often the page asks for progress while a rebuild runs. */
export const REBUILD_POLL_MS = 250;

export interface DataSectionProps {
  knowledge: KnowledgeApi;
  loadCatalogue(): Promise<DataCatalogue>;
  sources: readonly KnowledgeSource[];
  extensionVersion: string;
  formatDate(ms: number): string;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function DataSection({ knowledge, loadCatalogue, sources, extensionVersion, formatDate }: DataSectionProps) {
  const [status, setStatus] = useState<KnowledgeStatus | null>(null);
  const [statusError, setStatusError] = useState('');
  const [catalogue, setCatalogue] = useState<DataCatalogue | null>(null);
  const [catalogueError, setCatalogueError] = useState('');
  const [rebuilding, setRebuilding] = useState(false);
  const [done, setDone] = useState('');
  const poll = useRef<ReturnType<typeof setInterval>>();

  const refresh = () =>
    knowledge.status().then(
      (s) => {
        setStatus(s);
        setStatusError('');
      },
      (e) => setStatusError(message(e)),
    );
  useEffect(() => {
    void refresh();
    loadCatalogue().then(setCatalogue, (e) => setCatalogueError(message(e)));
    return () => clearInterval(poll.current);
  }, []);

  // While the first load runs (a fresh install), keep the figures moving without a click.
  const busyState = status?.health?.state === 'seeding' || status?.health?.state === 'opening';
  useEffect(() => {
    if (!busyState || rebuilding) return;
    const timer = setTimeout(() => void refresh(), REBUILD_POLL_MS * 4);
    return () => clearTimeout(timer);
  }, [status, rebuilding]);

  const rebuild = async () => {
    setRebuilding(true);
    setDone('');
    setStatusError('');
    poll.current = setInterval(() => void refresh(), REBUILD_POLL_MS);
    try {
      const result = await knowledge.rebuild();
      setStatus(result);
      setDone(TEXT.rebuilt(result.ports));
    } catch (e) {
      setStatusError(message(e));
    } finally {
      clearInterval(poll.current);
      setRebuilding(false);
    }
  };

  const progress = rebuilding ? status?.health?.progress : undefined;
  const state = status?.health?.state;
  return (
    <section id="data" class="pl-opt-section" aria-labelledby="pl-data-title">
      <h2 id="pl-data-title" tabIndex={-1}>{TEXT.title}</h2>
      <p class="pl-opt-muted">{TEXT.intro}</p>

      <h3>{TEXT.kbTitle}</h3>
      {!status && !statusError && <p>{TEXT.statusLoading}</p>}
      <dl class="pl-opt-facts">
        <dt>{TEXT.version}</dt>
        <dd>{extensionVersion}</dd>
        {status && (
          <>
            {state && (
              <>
                <dt>{TEXT.state}</dt>
                <dd>{TEXT.states[state]}</dd>
              </>
            )}
            <dt>{TEXT.ports}</dt>
            <dd>{status.ports.toLocaleString('en')}</dd>
            <dt>{TEXT.seededAt}</dt>
            <dd>{status.seededAt ? formatDate(status.seededAt) : TEXT.notYet}</dd>
            {status.seedMs !== undefined && (
              <>
                <dt>{TEXT.seedTime}</dt>
                <dd>{`${status.seedMs.toLocaleString('en')} ms`}</dd>
              </>
            )}
            <dt>{TEXT.assetHash}</dt>
            <dd><code>{status.assetHash || TEXT.notYet}</code></dd>
          </>
        )}
      </dl>
      {(statusError || status?.health?.error) && <p role="alert" class="pl-opt-error">{statusError || status?.health?.error}</p>}
      <div class="pl-opt-row">
        <button type="button" class="pl-opt-button" onClick={() => void rebuild()} disabled={rebuilding}>{rebuilding ? TEXT.rebuilding : TEXT.rebuild}</button>
        {rebuilding && (
          <progress aria-label={TEXT.progress} max={progress?.total ?? 1} value={progress?.done} />
        )}
      </div>
      <p class="pl-opt-muted">{TEXT.rebuildHint}</p>
      <p role="status" class="pl-opt-status">{done}</p>

      <h3>{TEXT.datasetsTitle}</h3>
      {catalogueError && <p role="alert" class="pl-opt-error">{catalogueError}</p>}
      {!catalogue && !catalogueError && <p>{TEXT.catalogueLoading}</p>}
      {catalogue?.datasets.map((set) => (
        <article key={set.file} class="pl-opt-dataset" aria-label={set.title}>
          <h4>{set.title}</h4>
          <p class="pl-opt-muted">
            {set.dataDate ? `${TEXT.dataOf} ${set.dataDate} · ` : ''}
            {`${TEXT.builtAt} ${formatDate(Date.parse(set.builtAt))} · ${TEXT.size} ${kilobytes(set.bytes)} · ${TEXT.fingerprint} `}
            <code>{set.hash}</code>
          </p>
          <ul class="pl-opt-plain">
            {set.sources.map((s) => (
              <li key={s.name}>
                {s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.name}</a> : s.name}
                {s.version ? ` ${s.version}` : ''}
                {s.attribution ? `: ${s.attribution}` : ''}
                {s.use ? TEXT.used(s.use) : ''}
                {` — ${s.licence}`}
              </li>
            ))}
          </ul>
        </article>
      ))}

      <h3>{TEXT.curatedTitle}</h3>
      <ul class="pl-opt-plain">
        {sources.map((s) => (
          <li key={s.title}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a>
            {`: ${s.covers} — ${s.licence}`}
          </li>
        ))}
      </ul>

      {catalogue && catalogue.software.length > 0 && (
        <>
          <h3>{TEXT.softwareTitle}</h3>
          <ul class="pl-opt-plain">
            {catalogue.software.map((lib) => (
              <li key={lib.name}>
                <a href={lib.url} target="_blank" rel="noopener noreferrer">{lib.name}</a>
                {` ${lib.version} — ${lib.licence}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
