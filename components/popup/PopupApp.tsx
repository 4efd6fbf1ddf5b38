// The toolbar popup: search box, live results, notes, recent lookups and page actions.
// Every outside effect comes in through `deps`, so the whole popup renders in tests without a browser.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SearchOutcome } from '../../knowledge';
import { ActionsBar } from './ActionsBar';
import { ExamplesPanel } from './ExamplesPanel';
import { OwnerAttribution } from '../cards/OwnerAttribution';
import { NoteEditor } from './NoteEditor';
import { noteTargetFor } from './note-target';
import type { ActionOutcome, PopupDeps, SiteAccessState } from './popup-deps';
import { addRecentLookup, cleanRecentLookups } from './recent-lookups';
import { RecentLookups } from './RecentLookups';
import { RESULT_LIST_ID, resultOptionId, ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { usePopupLookup } from './use-popup-lookup';
import { translateCount } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';

/** The brand stays as it is in every language. */
const BRAND = 'PortLens';

export interface PopupAppProps {
  deps: PopupDeps;
  /** Pause after the last keystroke before searching. */
  debounceMs?: number;
  /** A query that keeps its results this long is remembered as a recent lookup. */
  rememberAfterMs?: number;
}

interface Selection {
  /** The answer this selection belongs to: a new answer starts afresh. */
  outcome: SearchOutcome | null;
  active: number;
  expanded: number | null;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function PopupApp({ deps, debounceMs, rememberAfterMs = 1200 }: PopupAppProps) {
  const t = useTranslate();
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<Selection>({ outcome: null, active: 0, expanded: null });
  const [recent, setRecent] = useState<string[]>([]);
  const [note, setNote] = useState<{ key: string; text: string | null } | null>(null);
  const [site, setSite] = useState<SiteAccessState | null>(null);
  const [status, setStatus] = useState<ActionOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const recentRef = useRef<string[]>([]);
  const expandTopFor = useRef<string | null>(null);

  const lookup = usePopupLookup(deps, query, debounceMs);
  const { answered, outcome, results, message, error } = lookup;
  // A new answer starts with its top result highlighted; a handed-over query opens it in full.
  const fresh: Selection = { outcome, active: 0, expanded: expandTopFor.current !== null && expandTopFor.current === answered && results.length ? 0 : null };
  const { active, expanded } = selection.outcome === outcome ? selection : fresh;
  const select = (change: (s: Selection) => Partial<Selection>) =>
    setSelection((s) => {
      const current = s.outcome === outcome ? s : fresh;
      return { ...current, ...change(current), outcome };
    });
  const target = noteTargetFor(results[0]?.result, t);
  const noteText = note && note.key === target?.key ? note.text : null;

  const remember = useCallback(
    (q: string) => {
      const next = addRecentLookup(recentRef.current, q);
      if (next.join('\n') === recentRef.current.join('\n')) return;
      recentRef.current = next;
      setRecent(next);
      deps.recent.save(next).catch(() => undefined);
    },
    [deps],
  );

  const clearRecent = () => {
    recentRef.current = [];
    setRecent([]);
    deps.recent.save([]).catch(() => undefined);
  };

  const saveNote = async (text: string) => {
    if (!target) return;
    const saved = await deps.setNote(target.key, text);
    setNote({ key: target.key, text: saved?.text ?? null });
  };

  const handOver = useCallback((q: string) => {
    expandTopFor.current = q;
    setQuery(q);
    inputRef.current?.focus();
  }, []);

  // On open: recent lookups, the active tab's site switch, and any query handed over by the context menu.
  useEffect(() => {
    let live = true;
    deps.recent
      .load()
      .then((stored) => {
        if (!live) return;
        const merged = recentRef.current.reduceRight(addRecentLookup, cleanRecentLookups(stored));
        recentRef.current = merged;
        setRecent(merged);
      })
      .catch(() => undefined);
    deps.actions.siteAccess().then(
      (s) => live && setSite(s),
      (e: unknown) => live && setSite({ origin: null, enabled: false, reason: errorText(e) }),
    );
    deps.loadInitialQuery().then((q) => live && q && handOver(q), () => undefined);
    const unsubscribe = deps.onHandOver?.(handOver);
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [deps, handOver]);

  // Results that stay on screen for a moment count as a lookup (AS results may come a moment later).
  const found = results.length > 0;
  useEffect(() => {
    if (!found || !answered.trim()) return;
    const timer = setTimeout(() => remember(answered), rememberAfterMs);
    return () => clearTimeout(timer);
  }, [outcome, found, answered, remember, rememberAfterMs]);

  // The top result's note.
  const targetKey = target?.key;
  useEffect(() => {
    if (!targetKey) return;
    let live = true;
    deps.getNote(targetKey).then(
      (n) => live && setNote({ key: targetKey, text: n?.text ?? null }),
      () => live && setNote({ key: targetKey, text: null }),
    );
    return () => {
      live = false;
    };
  }, [deps, targetKey]);

  // Focus on open; popups sometimes take focus a moment after the first paint, so try once more.
  useEffect(() => {
    inputRef.current?.focus();
    const retry = setTimeout(() => document.activeElement === document.body && inputRef.current?.focus(), 100);
    return () => clearTimeout(retry);
  }, []);

  // Escape anywhere else returns to the search box.
  useEffect(() => {
    const onDocumentKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.target === inputRef.current) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, []);

  const onInput = (q: string) => {
    expandTopFor.current = null;
    setQuery(q);
  };

  const pickQuery = (q: string) => {
    onInput(q);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else deps.closePopup();
      return;
    }
    if (!results.length || e.isComposing) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      select((s) => ({ active: Math.min(s.active + 1, results.length - 1) }));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      select((s) => ({ active: Math.max(s.active - 1, 0) }));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      select((s) => {
        const index = Math.min(s.active, results.length - 1);
        return { expanded: s.expanded === index ? null : index };
      });
      remember(answered);
    }
  };

  const onPick = (index: number) => {
    select(() => ({ active: index, expanded: index }));
    remember(answered);
    if (!window.getSelection()?.toString()) inputRef.current?.focus();
  };

  const run = (action: Promise<ActionOutcome>) => {
    setBusy(true);
    setStatus(null);
    action
      .then(setStatus, (e: unknown) => setStatus({ ok: false, message: errorText(e) }))
      .finally(() => setBusy(false));
  };

  const onToggleSite = () => {
    if (!site?.origin) return;
    // Called synchronously inside the click: permission prompts need the user's gesture.
    const change = deps.actions.setSiteAccess(site.origin, !site.enabled);
    run(
      change.then((s) => {
        setSite({ origin: s.origin, enabled: s.enabled, reason: s.reason });
        return { ok: s.ok, message: s.message ?? t(s.enabled ? 'popup_siteNowOn' : 'popup_siteNowOff', s.origin ?? '') };
      }),
    );
  };

  const showList = results.length > 0;
  // Out-of-range numbers and malformed CIDRs are errors; words that match nothing are not.
  const invalidInput = outcome?.query.kind === 'invalid' || outcome?.query.kind === 'cidr';
  return (
    <div class="pl-popup pl-theme">
      <header class="pl-popup-head">
        <h1 class="pl-brand">{BRAND}</h1>
        <SearchBox
          value={query}
          onInput={onInput}
          onKeyDown={onKeyDown}
          inputRef={inputRef}
          listId={showList ? RESULT_LIST_ID : undefined}
          activeId={showList ? resultOptionId(Math.min(active, results.length - 1)) : undefined}
        />
      </header>
      <main class="pl-popup-body">
        <p class="pl-visually-hidden" aria-live="polite">
          {showList ? translateCount(t, 'popup_resultCount', results.length) : ''}
        </p>
        {error && (
          <p class="pl-error" role="alert">
            {t('popup_searchFailed', error)}
          </p>
        )}
        {message && (
          <p class={invalidInput ? 'pl-error' : 'pl-message'} role={invalidInput ? 'alert' : 'status'}>
            {message}
          </p>
        )}
        {lookup.waiting && <p class="pl-hint">{t('popup_lookingUp')}</p>}
        {showList && target && <NoteEditor key={target.key} label={target.label} note={noteText} onSave={saveNote} />}
        {showList && <ResultList results={results} activeIndex={active} expandedIndex={expanded} topNote={noteText ?? undefined} onPick={onPick} />}
        {showList && lookup.ownerDataDate && <OwnerAttribution dataDate={lookup.ownerDataDate} />}
        {showList && lookup.namesUnsearched && (
          <p class="pl-hint" title={lookup.namesUnsearched}>
            {t('popup_namesUnsearched')}
          </p>
        )}
        {!query.trim() && <RecentLookups queries={recent} onPick={pickQuery} onClear={clearRecent} />}
        {(!query.trim() || message || error) && <ExamplesPanel onPick={pickQuery} heading={query.trim() ? t('popup_examplesAfterQuery') : t('popup_examplesOnOpen')} />}
      </main>
      <ActionsBar
        site={site}
        busy={busy}
        status={status}
        onAnnotate={() => run(deps.actions.annotatePage())}
        onToggleSite={onToggleSite}
        onOpenSidePanel={() => run(deps.actions.openSidePanel())}
      />
    </div>
  );
}
