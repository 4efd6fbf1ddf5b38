// The page card's extension page. The content script frames it inside the tab (web-accessible,
// behind a closed shadow root); the page cannot read it, click it or find its session.
import '../../components/cards/cards.css';
import '../../components/hover-card/hover-card.css';
import './card-frame.css';
import { browserTranslate, localizeDocument } from '../../messaging/browser-i18n';
import { startCardPage } from './card-page';

localizeDocument(browserTranslate, 'pagecard_frameTitle');
startCardPage(window, document.getElementById('card')!, browserTranslate);
