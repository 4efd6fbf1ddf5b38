// What the options page needs from the browser, so its components take props and never call it.
import type { KnowledgeStatus, NotesExport, NotesImportSummary, UserNote } from '../../messaging/protocol';
import type { UserSite } from '../../messaging/user-sites';
import type { DefaultSites } from '../onboarding/default-sites';
import type { Shortcut } from './AboutSection';
import type { DataCatalogue } from './data-catalogue';
import type { PageSettings } from './page-settings';

export interface NotesApi {
  list(): Promise<UserNote[]>;
  /** Saves a note's text; empty text deletes it. */
  save(key: string, text: string): Promise<UserNote | null>;
  exportAll(): Promise<NotesExport>;
  previewImport(json: string): Promise<NotesImportSummary>;
  importAll(json: string): Promise<NotesImportSummary>;
}

export interface KnowledgeApi {
  status(): Promise<KnowledgeStatus>;
  rebuild(): Promise<KnowledgeStatus>;
}

export interface SitesApi {
  list(): Promise<UserSite[]>;
  /** Unregisters the annotator for the site, forgets it and gives its permission back. */
  remove(origin: string): Promise<void>;
}

/** The page annotator's settings in storage.local (read back through readPageSettings). */
export interface PageSettingsApi {
  load(): Promise<PageSettings>;
  save(settings: PageSettings): Promise<void>;
}

export interface OptionsDeps {
  settings: PageSettingsApi;

  notes: NotesApi;
  sites: SitesApi;
  /** Where the content script runs by itself (from its match patterns). */
  defaultSites: DefaultSites;
  knowledge: KnowledgeApi;
  /** The build's list of bundled data sets (data/catalogue.json). */
  loadCatalogue(): Promise<DataCatalogue>;
  /** Offers text as a file download. */
  saveFile(fileName: string, text: string): void;
  extensionVersion: string;
  /** The extension's keyboard shortcuts as the browser has them now (the user may have changed them). */
  loadShortcuts(): Promise<Shortcut[]>;
  urls: { icon: string; welcome: string; demo: string };
}
