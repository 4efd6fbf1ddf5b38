// Wiring of the card frame: the session named in the URL fragment, its sections from the
// background, the card's buttons (genuine clicks only), and size/pin/close/drag news for the
// content script that placed the frame.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HoverCard, type HoverCardProps } from '../../components/hover-card/HoverCard';
import { kindLabel } from '../../components/hover-card/kind-label';
import type { Translate } from '../../components/i18n/messages';
import { TranslateContext } from '../../components/i18n/translate-context';
import { CARD_FRAME_TAG, type CardFrameEvent } from '../../messaging/card-frame';
import type { CardAction, CardData, Envelope, Payload, RequestType, ResponseOf } from '../../messaging/protocol';
import { copyText } from './copy-text';

/** Thrown when the background sends no reply; worded for the reader where it is shown. */
class NoAnswer extends Error {}

async function send<T extends RequestType>(type: T, payload: Payload<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as Envelope<ResponseOf<T>> | undefined;
  if (!reply) throw new NoAnswer();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The session in the fragment, and `k=1` when the card was opened from the keyboard (pinned, focused). */
function fragmentOf(hash: string): { session: string; keyboard: boolean } {
  const m = /^#s=([0-9a-f]+)(&k=1)?$/.exec(hash);
  return { session: m?.[1] ?? '', keyboard: !!m?.[2] };
}

const FOCUSABLE = 'button:not([disabled]), a[href], input, textarea, select, [tabindex]:not([tabindex="-1"])';

interface View {
  session: string;
  data?: CardData;
  state: HoverCardProps['state'];
  error?: string;
  status?: string;
  pinned: boolean;
}

/** `t` words the card's frame (buttons, statuses, errors); the knowledge inside stays as the background wrote it. */
export function startCardPage(win: Window, mount: HTMLElement, t: Translate): void {
  let view: View = { session: '', state: 'loading', pinned: false };
  const tell = (event: CardFrameEvent) => win.parent.postMessage({ tag: CARD_FRAME_TAG, event }, '*');

  /** Runs an action only for a click the person made (a script's synthetic click is refused). */
  const genuine = (fn: () => void) => (e: MouseEvent) => {
    if (e.isTrusted) fn();
  };
  const reasonOf = (e: unknown) => (e instanceof NoAnswer ? t('pagecard_noAnswer') : e instanceof Error ? e.message : String(e));
  const act = (action: CardAction) => {
    const { session } = view;
    send('card-action', { session, action }).then(
      ({ opened }) => update({ status: t(opened === 'popup' ? 'pagecard_openedPopup' : opened === 'panel' ? 'pagecard_sentToPanel' : action === 'lookup' ? 'pagecard_openedLookupTab' : 'pagecard_openedAnalysisTab') }),
      (e: unknown) => update({ status: t('pagecard_actionFailed', reasonOf(e)) }),
    );
  };

  function paint(): void {
    const token = view.data?.token;
    render(
      <TranslateContext.Provider value={t}>
        <HoverCard
          tokenText={token?.text ?? ''}
          kindLabel={token ? kindLabel(t, token.kind) : ''}
          role={token?.role}
          state={view.state}
          error={view.error}
          sections={view.data?.sections ?? []}
          pinned={view.pinned}
          status={view.status}
          canAnalyse={!!view.data?.canAnalyse}
          canLookUp={token?.kind !== 'packet-field'}
          onCopy={genuine(() => void copyText(token?.text ?? '', win.document).then((ok) => update({ status: t(ok ? 'pagecard_copied' : 'pagecard_copyFailed') })))}
          onPin={genuine(() => {
            update({ pinned: !view.pinned });
            tell({ kind: 'pin', pinned: view.pinned });
          })}
          onClose={genuine(() => tell({ kind: 'close' }))}
          onLookup={genuine(() => act('lookup'))}
          onAnalyse={genuine(() => act('analyse'))}
          onDragStart={(e) => drag(e)}
        />
      </TranslateContext.Provider>,
      mount,
    );
    reportSize();
  }

  /** The card's natural height: its body may scroll inside a frame kept shorter than that. */
  function reportSize(): void {
    const card = mount.firstElementChild as HTMLElement | null;
    const body = card?.querySelector<HTMLElement>('.plh-body');
    if (!card || !body) return;
    tell({ kind: 'size', width: card.offsetWidth, height: card.offsetHeight - body.clientHeight + body.scrollHeight });
  }

  function update(change: Partial<View>): void {
    view = { ...view, ...change };
    paint();
  }

  function load(): void {
    const { session, keyboard } = fragmentOf(win.location.hash);
    view = { session, state: 'loading', pinned: keyboard };
    // No session: the content script closed the card; nothing stays drawn.
    if (!session) return render(null, mount);
    paint();
    if (keyboard) mount.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    send('card-load', { session }).then(
      (data) => session === view.session && update({ data, state: 'ready' }),
      (e: unknown) => session === view.session && update({ state: 'error', error: t('pagecard_failedWithReason', reasonOf(e)) }),
    );
  }

  /** A pinned card follows the pointer while its header is held (the content script moves the frame). */
  function drag(down: PointerEvent): void {
    if (!down.isTrusted || !view.pinned || (down.target as Element | null)?.closest('button')) return;
    const header = down.currentTarget as HTMLElement;
    header.setPointerCapture(down.pointerId);
    const report = (phase: 'start' | 'move' | 'end') => (e: PointerEvent) => e.isTrusted && tell({ kind: 'drag', phase, screenX: e.screenX, screenY: e.screenY });
    report('start')(down);
    const move = report('move');
    const up = (e: PointerEvent) => {
      report('end')(e);
      header.removeEventListener('pointermove', move);
      header.removeEventListener('pointerup', up);
    };
    header.addEventListener('pointermove', move);
    header.addEventListener('pointerup', up);
  }

  /** A pinned card keeps focus: Tab past its last control comes back to its first, and the reverse. */
  function trapFocus(e: KeyboardEvent): void {
    const controls = [...mount.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === win.document.activeElement);
    if (!controls.length) return;
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = win.document.activeElement;
    const inside = controls.includes(active as HTMLElement);
    if (e.shiftKey && (active === first || !inside)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !inside)) {
      e.preventDefault();
      first.focus();
    }
  }

  win.addEventListener('hashchange', load);
  win.document.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') tell({ kind: 'close' });
    else if (e.key === 'Tab' && view.pinned) trapFocus(e);
  });
  // The pointer over the card keeps it open; leaving the frame (relatedTarget null) lets it close.
  win.document.addEventListener('mouseover', (e) => e.isTrusted && tell({ kind: 'pointer', inside: true }));
  win.document.addEventListener('mouseout', (e) => e.isTrusted && !e.relatedTarget && tell({ kind: 'pointer', inside: false }));
  new ResizeObserver(reportSize).observe(mount);
  load();
}
