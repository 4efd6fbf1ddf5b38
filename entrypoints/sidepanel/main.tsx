import { render } from 'preact';
import '../../components/cards/cards.css';
import '../../components/sidepanel/sidepanel.css';
import { TranslateContext } from '../../components/i18n/translate-context';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { browserTranslate, localizeDocument } from '../../messaging/browser-i18n';
import { createBrowserSidePanelDeps } from './browser-sidepanel-deps';

localizeDocument(browserTranslate, 'sidepanel_pageTitle');
render(
  <TranslateContext.Provider value={browserTranslate}>
    <SidePanelApp deps={createBrowserSidePanelDeps()} />
  </TranslateContext.Provider>,
  document.getElementById('app')!,
);
