import { render } from 'preact';
import '../../components/cards/cards.css';
import '../../components/popup/popup.css';
import { TranslateContext } from '../../components/i18n/translate-context';
import { PopupApp } from '../../components/popup/PopupApp';
import { browserTranslate, localizeDocument } from '../../messaging/browser-i18n';
import { createBrowserPopupDeps } from './browser-popup-deps';

localizeDocument(browserTranslate, 'ext_actionTitle');
render(
  <TranslateContext.Provider value={browserTranslate}>
    <PopupApp deps={createBrowserPopupDeps()} />
  </TranslateContext.Provider>,
  document.getElementById('app')!,
);
