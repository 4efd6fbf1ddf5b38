import { render } from 'preact';
import '../../components/cards/cards.css';
import '../../components/options/options.css';
import { TranslateContext } from '../../components/i18n/translate-context';
import { OptionsApp } from '../../components/options/OptionsApp';
import { browserTranslate, localizeDocument } from '../../messaging/browser-i18n';
import { createBrowserOptionsDeps } from './browser-options-deps';

localizeDocument(browserTranslate, 'options_pageTitle');
render(
  <TranslateContext.Provider value={browserTranslate}>
    <OptionsApp deps={createBrowserOptionsDeps()} />
  </TranslateContext.Provider>,
  document.getElementById('app')!,
);
