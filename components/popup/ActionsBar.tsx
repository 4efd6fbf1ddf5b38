import type { ActionOutcome, SiteAccessState } from './popup-deps';

export interface ActionsBarProps {
  site: SiteAccessState | null;
  busy: boolean;
  status: ActionOutcome | null;
  onAnnotate(): void;
  onToggleSite(): void;
  onOpenSidePanel(): void;
}

function siteLine(site: SiteAccessState | null): string {
  if (!site) return 'Checking this tab…';
  if (!site.origin) return site.reason ?? 'Not available on this tab.';
  return site.enabled ? `On for ${site.origin}: pages there are annotated automatically.` : `Off for ${site.origin}.`;
}

/** Page annotation, the per-site switch and the side panel. */
export function ActionsBar({ site, busy, status, onAnnotate, onToggleSite, onOpenSidePanel }: ActionsBarProps) {
  return (
    <footer class="pl-actions" aria-label="Actions">
      <div class="pl-action-buttons">
        <button type="button" class="pl-button" onClick={onAnnotate} disabled={busy}>
          Annotate this page
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
          Always on this site
        </button>
        <button type="button" class="pl-button" onClick={onOpenSidePanel} disabled={busy}>
          Open side panel
        </button>
      </div>
      <p id="pl-site-state" class="pl-site-state">
        {siteLine(site)}
      </p>
      {status && (
        <p class={status.ok ? 'pl-status' : 'pl-error'} role={status.ok ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
    </footer>
  );
}
