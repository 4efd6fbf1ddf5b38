// The side panel: a log in, a one-line summary and the findings first (each with the firewall rules
// that deal with it), then the events (streaming in while the log is read, filtered, virtualised, each
// explained on hover or click), stats, unparsed lines and exports. The last input is kept.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding, FirewallDialect, LogEvent } from '../../knowledge';
import { dialectsForFormat } from '../../knowledge/filter-rules';
import { useTranslate } from '../i18n/translate-context';
import { AnalysisStatusBar } from './AnalysisStatusBar';
import { EventDetails } from './EventDetails';
import { eventAtLine, filterEvents, NO_FILTERS, type EventFilters as Filters } from './event-filter';
import { EventFilters } from './EventFilters';
import { nextSort, sortEvents, type EventSort } from './event-sort';
import { EventTable } from './EventTable';
import { exampleLog } from './example-log';
import { ExportBar } from './ExportBar';
import { sortFindingsBySeverity } from './finding-order';
import { FindingRules } from './FindingRules';
import { FindingsList } from './FindingsList';
import { ipIdSeriesAround } from './ip-id-series';
import { BIG_INPUT_CHARS, checkInput, checkResult, MAX_INPUT_CHARS, type InputNotice } from './input-checks';
import { LogInput } from './LogInput';
import { NoticeList } from './NoticeList';
import { readLogFile } from './read-log-file';
import type { SidePanelDeps } from './sidepanel-deps';
import { StatsCharts } from './StatsCharts';
import { SummaryLine } from './SummaryLine';
import { UnparsedList } from './UnparsedList';
import { TYPING_DEBOUNCE_MS, useLogAnalysis } from './use-log-analysis';
import { useOwnerView } from './use-owner-view';
import { usePortMeanings } from './use-port-meanings';

/** Hovering a row this long previews its explanation. */
const PREVIEW_DELAY_MS = 150;

interface Input {
  text: string;
  label?: string;
}

export function SidePanelApp({ deps }: { deps: SidePanelDeps }) {
  const t = useTranslate();
  const { state, analyse, cancel } = useLogAnalysis(deps);
  const meanings = usePortMeanings(deps);
  const [input, setInputState] = useState<Input>({ text: '' });
  const [inputNotices, setInputNotices] = useState<InputNotice[]>([]);
  const [extraNotices, setExtraNotices] = useState<InputNotice[]>([]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<EventSort | null>(null);
  const [openFinding, setOpenFinding] = useState(-1);
  const [pinned, setPinned] = useState<LogEvent | null>(null);
  const [preview, setPreview] = useState<LogEvent | null>(null);
  /** The firewall the user picked for the rules; undefined: the one that wrote the log. */
  const [dialect, setDialect] = useState<FirewallDialect | undefined>(undefined);
  const touched = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSave = useRef<(() => void) | undefined>(undefined);
  /** True while pendingSave waits for the analysis rather than a timer. */
  const heldSave = useRef(false);
  const previewTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Keeps the input; `delayMs` 'after-analysis' waits for the analysis to end (see the effect below). */
  const save = useCallback((text: string, label: string | undefined, delayMs: number | 'after-analysis') => {
    clearTimeout(saveTimer.current);
    const run = () => {
      pendingSave.current = undefined;
      heldSave.current = false;
      const write = text.trim() ? deps.saveLastInput({ text, label, savedAt: Date.now() }) : deps.clearLastInput().then(() => 'saved' as const);
      write.then((outcome) => outcome === 'too-big' && setExtraNotices((n) => [...n, { level: 'warning', text: t('sidepanel_tooBigToKeep') }]), () => undefined);
    };
    heldSave.current = false;
    if (delayMs === 'after-analysis') {
      pendingSave.current = run;
      heldSave.current = true;
    } else if (delayMs > 0) {
      pendingSave.current = run;
      saveTimer.current = setTimeout(run, delayMs);
    } else {
      run();
    }
  }, [deps, t]);

  // Closing the panel while a save waits for the typing pause: write it now.
  useEffect(() => {
    const flush = () => {
      clearTimeout(saveTimer.current);
      pendingSave.current?.();
    };
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);

  /** Takes new input: checks it, resets the view, analyses it (after a pause while typing) and keeps it. */
  const setInput = useCallback((text: string, label: string | undefined, when: 'typed' | 'now' | 'restored', notices: InputNotice[] = []) => {
    if (when !== 'restored') touched.current = true;
    const capped = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
    setInputState({ text: capped, label });
    setInputNotices(checkInput(t, text));
    setExtraNotices(notices);
    setFilters(NO_FILTERS);
    setSort(null);
    setOpenFinding(-1);
    setPinned(null);
    setPreview(null);
    setDialect(undefined);
    analyse(capped, when === 'typed' ? TYPING_DEBOUNCE_MS : 0);
    // Writing a large input to IndexedDB copies it on this thread: it waits until the analysis is over.
    if (when !== 'restored') save(capped, label, when === 'typed' ? TYPING_DEBOUNCE_MS : capped.length > BIG_INPUT_CHARS ? 'after-analysis' : 0);
  }, [analyse, save, t]);

  useEffect(() => {
    const stop = deps.watchIncomingLogs((log) => setInput(log.text, log.origin ? t('sidepanel_labelSelectionFrom', log.origin) : t('sidepanel_labelSelection'), 'now'));
    deps.loadLastInput().then(
      (saved) => {
        if (saved && !touched.current) setInput(saved.text, saved.label ?? t('sidepanel_labelLastInput'), 'restored');
      },
      (e) => setExtraNotices([{ level: 'warning', text: t('sidepanel_restoreFailed', e instanceof Error ? e.message : String(e)) }]),
    );
    return () => {
      stop();
      clearTimeout(previewTimer.current);
    };
  }, [deps, setInput, t]);

  // A save held back for the analysis: written once it is over (done, failed or cancelled).
  const analysing = state.status === 'running' || state.status === 'waiting';
  useEffect(() => {
    if (analysing || !heldSave.current) return;
    const timer = setTimeout(() => pendingSave.current?.(), 0);
    return () => clearTimeout(timer);
  }, [analysing]);

  const onFile = useCallback((file: File) => {
    readLogFile(t, file).then(
      ({ text, notices }) => setInput(text, file.name || t('sidepanel_labelFile'), 'now', notices),
      (e) => setExtraNotices([{ level: 'error', text: t('sidepanel_readFailed', file.name, e instanceof Error ? e.message : String(e)) }]),
    );
  }, [setInput, t]);

  // While a new analysis streams in, its events replace the last result's; findings come at the end.
  const analysis = state.live ? null : state.analysis;
  const store = state.live?.events ?? analysis?.events;
  const liveCount = state.live?.count ?? 0;
  const ordered = useMemo(() => sortFindingsBySeverity(analysis?.findings ?? []), [analysis]);
  const owned = useOwnerView(deps, store, liveCount, analysis, ordered);
  const { findings, owners } = owned;
  const events = useMemo(
    () => (store ? filterEvents(store, filters, findings[filters.finding]?.lines, owners) : undefined),
    [store, liveCount, filters, findings, owners],
  );
  // The sort is the table's alone: exports keep the log's order.
  const rows = useMemo(() => events && sortEvents(events, sort, owners), [events, liveCount, sort, owners]);
  const resultNotices = useMemo(() => (analysis && state.status === 'done' ? checkResult(t, analysis) : []), [analysis, state.status, t]);

  const rulesOf = useCallback((f: Finding) => {
    if (!analysis) return null;
    const first = f.lines.length ? eventAtLine(analysis.events, f.lines[0]) : undefined;
    const choice = dialectsForFormat(first?.format, first?.rule);
    const chosen = dialect && choice.dialects.includes(dialect) ? dialect : choice.dialects[0];
    const context = first?.format === 'cisco-asa' ? { aclName: first.rule, interface: first.interface } : { interface: first?.interface };
    return (
      <FindingRules
        finding={f}
        dialects={choice.dialects}
        matchesLog={choice.matchesLog}
        dialect={chosen}
        onDialect={setDialect}
        context={context}
        copyText={deps.copyText}
      />
    );
  }, [analysis, dialect, deps]);

  const onPreview = useCallback((e: LogEvent | undefined) => {
    clearTimeout(previewTimer.current);
    previewTimer.current = setTimeout(() => setPreview(e ?? null), PREVIEW_DELAY_MS);
  }, []);

  const shown = pinned ?? preview;
  const stale = state.status === 'waiting' || (state.status === 'running' && !state.live);
  const ipIds = useMemo(() => (shown && store ? ipIdSeriesAround(store, shown.line) : undefined), [shown, store]);

  return (
    <main class="pl-sidepanel pl-theme">
      <h1 class="pl-brand">{t('sidepanel_brand')}</h1>
      <LogInput
        text={input.text}
        label={input.label}
        onText={(text, label, when) => setInput(text, label, when)}
        onFile={onFile}
        onNotice={(n) => setExtraNotices([n])}
        onClear={() => setInput('', undefined, 'now')}
        onExample={() => setInput(exampleLog(), t('sidepanel_labelExample'), 'now')}
      />
      <NoticeList notices={[...inputNotices, ...extraNotices, ...resultNotices]} />
      <AnalysisStatusBar state={state} onCancel={cancel} />
      {!store && state.status === 'idle' && (
        <p class="pl-hint pl-intro">{t('sidepanel_intro')}</p>
      )}
      {store && events && (
        <div class={stale ? 'pl-results pl-stale' : 'pl-results'} aria-busy={state.status === 'running' || stale}>
          {analysis ? <SummaryLine summary={analysis.summary} owners={owned.scanningLine} /> : <p class="pl-hint" id="pl-summary-pending">{t('sidepanel_findingsPending')}</p>}
          {analysis && (
            <FindingsList
              findings={findings}
              events={analysis.events}
              openIndex={openFinding}
              onToggle={(i) => {
                const opening = openFinding !== i;
                setOpenFinding(opening ? i : -1);
                if (opening) setFilters({ ...filters, finding: i });
              }}
              filterIndex={filters.finding}
              onFilter={(i) => setFilters({ ...filters, finding: i })}
              actions={rulesOf}
            />
          )}
          <section class="pl-events" aria-labelledby="pl-events-title" data-owners={owners.status}>
            <h2 id="pl-events-title" class="pl-section-title">{t('sidepanel_eventsTitle')}</h2>
            <EventFilters filters={filters} findings={findings} shown={events.length} total={store.length} onChange={setFilters} />
            <EventTable
              events={rows ?? events}
              meaningOf={meanings.meaningOf}
              ownerOf={owned.ownerOfEvent}
              sort={sort}
              onSort={(column) => setSort(nextSort(sort, column))}
              onVisibleRows={meanings.request}
              selectedLine={pinned?.line}
              onSelect={(e) => setPinned(e)}
              onPreview={onPreview}
            />
            {shown && <EventDetails event={shown} deps={deps} pinned={shown === pinned} onClose={() => setPinned(null)} ipIdSeries={ipIds} />}
          </section>
          {analysis && (
            <>
              <StatsCharts
                stats={analysis.stats}
                owners={owned.bars}
                onPickOwner={(owner) => setFilters({ ...filters, owner })}
                onPickCountry={(country) => setFilters({ ...filters, country })}
                onPickSource={(source) => setFilters({ ...filters, source })}
                onPickPort={(port) => setFilters({ ...filters, port })}
              />
              <UnparsedList unparsed={analysis.unparsed} />
              <ExportBar analysis={{ ...analysis, findings: owned.exportFindings }} events={events} meaningOf={meanings.meaningOf} owners={owners} download={deps.download} />
            </>
          )}
        </div>
      )}
    </main>
  );
}
