// The options page's copy of the page settings: loaded once, saved whole on every change (one
// owner for the Sites switches and the Highlighting section, so neither overwrites the other).
import { useEffect, useState } from 'preact/hooks';
import type { PageSettings } from './page-settings';
import type { PageSettingsApi } from './options-deps';

export interface PageSettingsState {
  settings: PageSettings | null;
  /** Saves the whole settings; the view follows at once and the error, if any, is kept. */
  save(next: PageSettings): Promise<void>;
  error: string;
  /** "Saved." after the last successful save. */
  saved: boolean;
}

export function usePageSettings(api: PageSettingsApi): PageSettingsState {
  const [settings, setSettings] = useState<PageSettings | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
  useEffect(() => void api.load().then(setSettings, (e) => setError(message(e))), []);
  const save = async (next: PageSettings) => {
    const before = settings;
    setSettings(next);
    setSaved(false);
    setError('');
    try {
      await api.save(next);
      setSaved(true);
    } catch (e) {
      setSettings(before);
      setError(message(e));
    }
  };
  return { settings, save, error, saved };
}
