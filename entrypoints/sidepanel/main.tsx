import { render } from 'preact';
import '../../components/cards/cards.css';
import '../../components/sidepanel/sidepanel.css';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { createBrowserSidePanelDeps } from './browser-sidepanel-deps';

render(<SidePanelApp deps={createBrowserSidePanelDeps()} />, document.getElementById('app')!);
