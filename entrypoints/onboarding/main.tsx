import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../../components/cards/cards.css';
import '../../components/onboarding/onboarding.css';
import { iconPath } from '../../assets/icons/icon-set.mjs';
import { TranslateContext } from '../../components/i18n/translate-context';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { describeDefaultSites } from '../../components/onboarding/default-sites';
import { browserTranslate, localizeDocument } from '../../messaging/browser-i18n';
import { ANNOTATE_COMMAND, DEMO_PAGE, OPTIONS_PAGE } from '../../messaging/extension-paths';
import { ROUTER_MATCHES } from '../content/activation-matches';

const url = (path: string) => browser.runtime.getURL(path as '/');

async function annotateShortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((c) => c.name === ANNOTATE_COMMAND)?.shortcut ?? '';
}

localizeDocument(browserTranslate, 'onboarding_title');
const root = document.getElementById('app')!;
const show = (shortcut: string) =>
  render(
    <TranslateContext.Provider value={browserTranslate}>
      <OnboardingApp
        sites={describeDefaultSites(ROUTER_MATCHES)}
        demoUrl={url(DEMO_PAGE)}
        optionsUrl={url(OPTIONS_PAGE)}
        iconUrl={url(`/${iconPath('idle', 128)}`)}
        annotateShortcut={shortcut}
      />
    </TranslateContext.Provider>,
    root,
  );
show('');
void annotateShortcut().then(show);
