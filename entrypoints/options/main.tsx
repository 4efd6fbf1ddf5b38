import { render } from 'preact';
import '../../components/cards/cards.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createBrowserOptionsDeps } from './browser-options-deps';

render(<OptionsApp deps={createBrowserOptionsDeps()} />, document.getElementById('app')!);
