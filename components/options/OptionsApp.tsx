// The options page (opens in a tab): Notes, Sites, Highlighting, Data and About, reachable from the keyboard through
// the section links at the top.
// Straight from knowledge/sources (not the index): the index would pull the whole knowledge base,
// some 240 KB, into this page, which needs only the list of sources.
import { KNOWLEDGE_SOURCES } from '../../knowledge/sources';
import { useTranslate } from '../i18n/translate-context';
import { AboutSection } from './AboutSection';
import { DataSection } from './DataSection';
import { HighlightingSection } from './HighlightingSection';
import { NotesSection } from './NotesSection';
import { SitesSection } from './SitesSection';
import type { OptionsDeps } from './options-deps';
import { usePageSettings } from './use-page-settings';

export interface OptionsAppProps {
  deps: OptionsDeps;
  /** Dates as the user's browser writes them; injectable so tests do not depend on the machine's locale. */
  formatDate?(ms: number): string;
}

const localDate = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function OptionsApp({ deps, formatDate = localDate }: OptionsAppProps) {
  const t = useTranslate();
  const settings = usePageSettings(deps.settings);
  return (
    <div class="pl-opt">
      <a class="pl-opt-skip" href="#notes">{t('options_skipToNotes')}</a>
      <header class="pl-opt-header">
        <img src={deps.urls.icon} width={32} height={32} alt="" />
        <h1>{t('options_pageTitle')}</h1>
      </header>
      <nav aria-label={t('options_sections')} class="pl-opt-nav">
        <ul>
          <li><a href="#notes">{t('options_notesTitle')}</a></li>
          <li><a href="#sites">{t('options_sitesTitle')}</a></li>
          <li><a href="#highlighting">{t('options_highlightingTitle')}</a></li>
          <li><a href="#data">{t('options_dataTitle')}</a></li>
          <li><a href="#about">{t('options_aboutNav')}</a></li>
        </ul>
      </nav>
      <main class="pl-opt-main">
        <NotesSection notes={deps.notes} saveFile={deps.saveFile} formatDate={formatDate} />
        <SitesSection sites={deps.sites} defaults={deps.defaultSites} settings={settings} formatDate={formatDate} />
        <HighlightingSection state={settings} />
        <DataSection knowledge={deps.knowledge} loadCatalogue={deps.loadCatalogue} sources={KNOWLEDGE_SOURCES} extensionVersion={deps.extensionVersion} formatDate={formatDate} />
        <AboutSection extensionVersion={deps.extensionVersion} loadShortcuts={deps.loadShortcuts} welcomeUrl={deps.urls.welcome} demoUrl={deps.urls.demo} />
      </main>
    </div>
  );
}
