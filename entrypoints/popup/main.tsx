import { render } from 'preact';
import '../../components/cards/cards.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { createBrowserPopupDeps } from './browser-popup-deps';

render(<PopupApp deps={createBrowserPopupDeps()} />, document.getElementById('app')!);
