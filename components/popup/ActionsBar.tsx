import type { Translate } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';
import type { ActionOutcome, SiteAccessState } from './popup-deps';

export interface ActionsBarProps {
  site: SiteAccessState | null;
  busy: boolean;
  status: ActionOutcome | null;
  onAnnotate(): void;
  onToggleSite(): void;
  onOpenSidePanel(): void;
}

function siteLine(t: Translate, site: SiteAccessState | null): string {
  if (!site) return t('popup_siteChecking');
  if (!site.origin) return site.reason ?? t('popup_siteUnavailable');
  return site.enabled ? t('popup_siteOnFor', site.origin) : t('popup_siteOffFor', site.origin);
}

/** Page annotation, the per-site switch and the side panel. */
export function ActionsBar({ site, busy, status, onAnnotate, onToggleSite, onOpenSidePanel }: ActionsBarProps) {
  const t = useTranslate();
  return (
    <footer class="pl-actions" aria-label={t('popup_actionsLabel')}>
      <div class="pl-action-buttons">
        <button type="button" class="pl-button" onClick={onAnnotate} disabled={busy}>
          {t('popup_annotate')}
        </button>
        <button
          type="button"
          class="pl-button"
          role="switch"
          aria-checked={site?.enabled ? 'true' : 'false'}
          aria-describedby="pl-site-state"
          onClick={onToggleSite}
          disabled={busy || !site?.origin}
        >
          {t('popup_alwaysOnSite')}
        </button>
        <button type="button" class="pl-button" onClick={onOpenSidePanel} disabled={busy}>
          {t('popup_openSidePanel')}
        </button>
      </div>
      <p id="pl-site-state" class="pl-site-state">
        {siteLine(t, site)}
      </p>
      {status && (
        <p class={status.ok ? 'pl-status' : 'pl-error'} role={status.ok ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
    </footer>
  );
}
