// Detection on a bounded window of a long text: the hover card and the textarea mirror need the
// tokens near one place, and a 10 MB log or a 1 MB single line must not be read whole each time.
import { detectTokens, type Token, type TokenContext } from '../../../knowledge/tokens';
import { windowAround } from './text-window';

/** The tokens of the window around [start, end), with offsets in `text`. */
export function tokensAround(text: string, start: number, end: number, context: TokenContext | undefined): Token[] {
  const [from, to] = windowAround(text, start, end);
  const tokens = detectTokens(text.slice(from, to), context);
  if (from) {
    for (const t of tokens) {
      t.start += from;
      t.end += from;
    }
  }
  return tokens;
}
