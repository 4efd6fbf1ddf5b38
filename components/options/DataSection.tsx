// Data: the knowledge base's state and dates, every bundled data set with its version, licence and
// link (from the build's catalogue), and "Rebuild the knowledge base".
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KnowledgeSource } from '../../knowledge/sources';
import type { KnowledgeState, KnowledgeStatus } from '../../messaging/protocol';
import { formatCount, translateCount, type MessageKey, type Translate } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';
import { CatalogueDamagedError, type DataCatalogue } from './data-catalogue';
import type { KnowledgeApi } from './options-deps';

/** How often the page asks for progress while a rebuild runs. */
export const REBUILD_POLL_MS = 250;

export interface DataSectionProps {
  knowledge: KnowledgeApi;
  loadCatalogue(): Promise<DataCatalogue>;
  sources: readonly KnowledgeSource[];
  extensionVersion: string;
  formatDate(ms: number): string;
}

const STATE_LABELS: Record<KnowledgeState, MessageKey> = {
  closed: 'options_kbStateClosed',
  opening: 'options_kbStateOpening',
  blocked: 'options_kbStateBlocked',
  seeding: 'options_kbStateSeeding',
  ready: 'options_kbStateReady',
  failed: 'options_kbStateFailed',
};

const kilobytes = (t: Translate, bytes: number) => t('options_kilobytes', formatCount(t, Math.round(bytes / 1024)));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function DataSection({ knowledge, loadCatalogue, sources, extensionVersion, formatDate }: DataSectionProps) {
  const t = useTranslate();
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
    loadCatalogue().then(setCatalogue, (e) => setCatalogueError(e instanceof CatalogueDamagedError ? t('options_catalogueDamaged') : t('options_catalogueUnreadable', message(e))));
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
      setDone(translateCount(t, 'options_rebuilt', result.ports));
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
      <h2 id="pl-data-title" tabIndex={-1}>{t('options_dataTitle')}</h2>
      <p class="pl-opt-muted">{t('options_dataIntro')}</p>

      <h3>{t('options_kbTitle')}</h3>
      {!status && !statusError && <p>{t('options_statusLoading')}</p>}
      <dl class="pl-opt-facts">
        <dt>{t('options_kbVersion')}</dt>
        <dd>{extensionVersion}</dd>
        {status && (
          <>
            {state && (
              <>
                <dt>{t('options_kbState')}</dt>
                <dd>{t(STATE_LABELS[state])}</dd>
              </>
            )}
            <dt>{t('options_kbPorts')}</dt>
            <dd>{formatCount(t, status.ports)}</dd>
            <dt>{t('options_kbSeededAt')}</dt>
            <dd>{status.seededAt ? formatDate(status.seededAt) : t('options_notYet')}</dd>
            {status.seedMs !== undefined && (
              <>
                <dt>{t('options_kbSeedTime')}</dt>
                <dd>{t('options_kbSeedMs', formatCount(t, status.seedMs))}</dd>
              </>
            )}
            <dt>{t('options_kbAssetHash')}</dt>
            <dd><code>{status.assetHash || t('options_notYet')}</code></dd>
          </>
        )}
      </dl>
      {(statusError || status?.health?.error) && <p role="alert" class="pl-opt-error">{statusError || status?.health?.error}</p>}
      <div class="pl-opt-row">
        <button type="button" class="pl-opt-button" onClick={() => void rebuild()} disabled={rebuilding}>{rebuilding ? t('options_rebuilding') : t('options_rebuild')}</button>
        {rebuilding && (
          <progress aria-label={t('options_rebuildProgress')} max={progress?.total ?? 1} value={progress?.done} />
        )}
      </div>
      <p class="pl-opt-muted">{t('options_rebuildHint')}</p>
      <p role="status" class="pl-opt-status">{done}</p>

      <h3>{t('options_datasetsTitle')}</h3>
      {catalogueError && <p role="alert" class="pl-opt-error">{catalogueError}</p>}
      {!catalogue && !catalogueError && <p>{t('options_catalogueLoading')}</p>}
      {catalogue?.datasets.map((set) => (
        <article key={set.file} class="pl-opt-dataset" aria-label={set.title}>
          <h4>{set.title}</h4>
          <p class="pl-opt-muted">
            {set.dataDate ? `${t('options_datasetDataOf', set.dataDate)} · ` : ''}
            {`${t('options_datasetBuilt', formatDate(Date.parse(set.builtAt)))} · ${t('options_datasetSize', kilobytes(t, set.bytes))} · ${t('options_datasetFingerprint')} `}
            <code>{set.hash}</code>
          </p>
          <ul class="pl-opt-plain">
            {set.sources.map((s) => (
              <li key={s.name}>
                {s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.name}</a> : s.name}
                {s.version ? ` ${s.version}` : ''}
                {s.attribution ? `: ${s.attribution}` : ''}
                {s.use ? ` ${t('options_datasetUsedFor', s.use)}` : ''}
                {` — ${s.licence}`}
              </li>
            ))}
          </ul>
        </article>
      ))}

      <h3>{t('options_curatedTitle')}</h3>
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
          <h3>{t('options_softwareTitle')}</h3>
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
