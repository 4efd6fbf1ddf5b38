// The welcome page, opened once on install: where PortLens works, what stays private, which sites
// it runs on by itself and how to add one, and a way to try it on the bundled demo router page.
import type { MessageKey } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';
import type { DefaultSites } from './default-sites';

/** The privacy promises, one paragraph each. */
const PRIVACY: readonly MessageKey[] = ['onboarding_privacyNoRequests', 'onboarding_privacyNothingLeaves', 'onboarding_privacyWhereItReads'];

export interface OnboardingAppProps {
  sites: DefaultSites;
  demoUrl: string;
  optionsUrl: string;
  iconUrl: string;
  /** The annotate-page shortcut as the browser has it, or '' when none is set. */
  annotateShortcut: string;
}

function SiteGroup({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <li>
      <strong>{label}:</strong> {items.join(', ')}
    </li>
  );
}

export function OnboardingApp({ sites, demoUrl, optionsUrl, iconUrl, annotateShortcut }: OnboardingAppProps) {
  const t = useTranslate();
  return (
    <div class="pl-welcome">
      <header class="pl-welcome-header">
        <img src={iconUrl} width={48} height={48} alt="" />
        <h1>{t('onboarding_title')}</h1>
      </header>
      <main>
        <p class="pl-welcome-lead">{t('onboarding_lead')}</p>
        <section aria-labelledby="pl-try">
          <h2 id="pl-try">{t('onboarding_tryTitle')}</h2>
          <p>{t('onboarding_tryText')}</p>
          <a id="pl-open-demo" class="pl-welcome-button" href={demoUrl} target="_blank" rel="noopener">{t('onboarding_tryButton')}</a>
        </section>
        <section aria-labelledby="pl-places">
          <h2 id="pl-places">{t('onboarding_placesTitle')}</h2>
          <div class="pl-welcome-places">
            <article aria-labelledby="pl-place-page"><h3 id="pl-place-page">{t('onboarding_pageTitle')}</h3><p>{t('onboarding_page')}</p></article>
            <article aria-labelledby="pl-place-popup"><h3 id="pl-place-popup">{t('onboarding_popupTitle')}</h3><p>{t('onboarding_popup')}</p></article>
            <article aria-labelledby="pl-place-panel"><h3 id="pl-place-panel">{t('onboarding_panelTitle')}</h3><p>{t('onboarding_panel', t('menu_analyse'))}</p></article>
          </div>
        </section>
        <section aria-labelledby="pl-privacy">
          <h2 id="pl-privacy">{t('onboarding_privacyTitle')}</h2>
          <ul>{PRIVACY.map((key) => <li key={key}>{t(key)}</li>)}</ul>
        </section>
        <section aria-labelledby="pl-sites">
          <h2 id="pl-sites">{t('onboarding_sitesTitle')}</h2>
          <p>{t('onboarding_sitesIntro')}</p>
          <ul id="pl-default-sites">
            <SiteGroup label={t('onboarding_sitesLoopback')} items={sites.loopback} />
            <SiteGroup label={t('onboarding_sitesAddresses')} items={sites.addresses} />
            <SiteGroup label={t('onboarding_sitesLocalSuffixes')} items={sites.localSuffixes} />
            <SiteGroup label={t('onboarding_sitesNames')} items={sites.names} />
          </ul>
          <h3>{t('onboarding_addTitle')}</h3>
          <p>{t('onboarding_addAlwaysOn', t('popup_alwaysOnSite'))}</p>
          <p>{t('onboarding_addOnce', t('popup_annotate'))}</p>
          {annotateShortcut && <p>{t('onboarding_shortcut', annotateShortcut)}</p>}
        </section>
        <p><a href={optionsUrl} target="_blank" rel="noopener">{t('onboarding_settings')}</a></p>
      </main>
    </div>
  );
}
