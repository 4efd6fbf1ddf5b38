// Hands the translator down the component tree. Without a provider, components speak English (the
// default locale), so a part that is not yet wrapped still shows words rather than keys.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import english from '../../assets/locales/en/messages.json';
import { createMessageTranslator, type Translate } from './messages';

export const englishTranslator: Translate = createMessageTranslator(english);

export const TranslateContext = createContext<Translate>(englishTranslator);

/** The page's translator: `const t = useTranslate(); t('popup_lookingUp')`. */
export const useTranslate = (): Translate => useContext(TranslateContext);
