// About: what PortLens is, its version and licence, the keyboard shortcuts as the browser has
// them, and the way back to the welcome page and the demo.
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const TEXT = {
  title: 'About PortLens',
  what: 'PortLens explains the ports, IP addresses and ICMP codes in firewall logs and router admin pages: on the page, in the toolbar popup and in the side panel.',
  privacy: 'It works offline. Your pages, logs, look-ups and notes never leave this computer, and PortLens makes no network requests.',
  english: 'The explanations of ports, addresses and ICMP codes are in English for now.',
  version: (v: string) => `Version ${v}`,
  licence: 'Free software under the MIT licence.',
  shortcuts: 'Keyboard shortcuts',
  noShortcut: 'not set',
  shortcutHint: 'Change them on the browser’s extension shortcuts page.',
  welcome: 'Show the welcome page again',
  demo: 'Open the demo router page',
};

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
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => void loadShortcuts().then(setShortcuts, () => setShortcuts([])), []);
  return (
    <section id="about" class="pl-opt-section" aria-labelledby="pl-about-title">
      <h2 id="pl-about-title" tabIndex={-1}>{TEXT.title}</h2>
      <p>{TEXT.what}</p>
      <p>{TEXT.privacy}</p>
      <p>{TEXT.english}</p>
      <p>
        {TEXT.version(extensionVersion)}. {TEXT.licence}
      </p>
      {shortcuts.length > 0 && (
        <>
          <h3>{TEXT.shortcuts}</h3>
          <dl class="pl-opt-facts">
            {shortcuts.map((s) => (
              <Fragment key={s.description}>
                <dt>{s.description}</dt>
                <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : TEXT.noShortcut}</dd>
              </Fragment>
            ))}
          </dl>
          <p class="pl-opt-muted">{TEXT.shortcutHint}</p>
        </>
      )}
      <div class="pl-opt-row">
        <a class="pl-opt-button" href={welcomeUrl} target="_blank" rel="noopener">{TEXT.welcome}</a>
        <a class="pl-opt-button" href={demoUrl} target="_blank" rel="noopener">{TEXT.demo}</a>
      </div>
    </section>
  );
}
