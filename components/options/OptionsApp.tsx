// The options page (opens in a tab): Notes, Sites, Highlighting, Data and About, reachable from the keyboard through
// the section links at the top.
// Straight from knowledge/sources (not the index): the index would pull the whole knowledge base,
// some 240 KB, into this page, which needs only the list of sources.
import { KNOWLEDGE_SOURCES } from '../../knowledge/sources';
import { AboutSection } from './AboutSection';
import { DataSection } from './DataSection';
import { HighlightingSection } from './HighlightingSection';
import { NotesSection } from './NotesSection';
import { SitesSection } from './SitesSection';
import type { OptionsDeps } from './options-deps';
import { usePageSettings } from './use-page-settings';

const TEXT = {
  title: 'PortLens settings',
  sections: 'Sections',
  notes: 'Notes',
  sites: 'Sites',
  highlighting: 'Highlighting',
  data: 'Data',
  about: 'About',
  skip: 'Skip to the notes',
};

export interface OptionsAppProps {
  deps: OptionsDeps;
  /** Dates as the user's browser writes them; injectable so tests do not depend on the machine's locale. */
  formatDate?(ms: number): string;
}

const localDate = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function OptionsApp({ deps, formatDate = localDate }: OptionsAppProps) {
  const settings = usePageSettings(deps.settings);
  return (
    <div class="pl-opt">
      <a class="pl-opt-skip" href="#notes">{TEXT.skip}</a>
      <header class="pl-opt-header">
        <img src={deps.urls.icon} width={32} height={32} alt="" />
        <h1>{TEXT.title}</h1>
      </header>
      <nav aria-label={TEXT.sections} class="pl-opt-nav">
        <ul>
          <li><a href="#notes">{TEXT.notes}</a></li>
          <li><a href="#sites">{TEXT.sites}</a></li>
          <li><a href="#highlighting">{TEXT.highlighting}</a></li>
          <li><a href="#data">{TEXT.data}</a></li>
          <li><a href="#about">{TEXT.about}</a></li>
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
