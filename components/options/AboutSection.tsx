// About: what PortLens is, its version and licence, the keyboard shortcuts as the browser has
// them, and the way back to the welcome page and the demo.
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useTranslate } from '../i18n/translate-context';

export interface Shortcut {
  description: string;
  shortcut: string;
}

export interface AboutSectionProps {
  extensionVersion: string;
  loadShortcuts(): Promise<Shortcut[]>;
  welcomeUrl: string;
  demoUrl: string;
}

export function AboutSection({ extensionVersion, loadShortcuts, welcomeUrl, demoUrl }: AboutSectionProps) {
  const t = useTranslate();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => void loadShortcuts().then(setShortcuts, () => setShortcuts([])), []);
  return (
    <section id="about" class="pl-opt-section" aria-labelledby="pl-about-title">
      <h2 id="pl-about-title" tabIndex={-1}>{t('options_aboutTitle')}</h2>
      <p>{t('options_aboutWhat')}</p>
      <p>{t('options_aboutPrivacy')}</p>
      <p>{t('options_aboutEnglish')}</p>
      <p>
        {t('options_aboutVersion', extensionVersion)}. {t('options_aboutLicence')}
      </p>
      {shortcuts.length > 0 && (
        <>
          <h3>{t('options_aboutShortcuts')}</h3>
          <dl class="pl-opt-facts">
            {shortcuts.map((s) => (
              <Fragment key={s.description}>
                <dt>{s.description}</dt>
                <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : t('options_aboutNoShortcut')}</dd>
              </Fragment>
            ))}
          </dl>
          <p class="pl-opt-muted">{t('options_aboutShortcutHint')}</p>
        </>
      )}
      <div class="pl-opt-row">
        <a class="pl-opt-button" href={welcomeUrl} target="_blank" rel="noopener">{t('options_aboutWelcome')}</a>
        <a class="pl-opt-button" href={demoUrl} target="_blank" rel="noopener">{t('options_aboutDemo')}</a>
      </div>
    </section>
  );
}
