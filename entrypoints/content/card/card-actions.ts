// The hover card's actions: copy the token, look it up in the popup, analyse the log around it
// in the side panel. The last two are hand-overs the background performs.
import type { Token } from '../../../knowledge/tokens';
import { queryFor, type Send } from './card-data';

/**
 * Copies text. The async clipboard API needs a secure context (a router on http://192.168.1.1 is
 * not one), so a textarea inside our own shadow root and execCommand('copy') are the fallback.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  const win = root.ownerDocument.defaultView;
  try {
    if (win?.isSecureContext && win.navigator.clipboard) {
      await win.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection-based copy
  }
  const doc = root.ownerDocument;
  const scratch = doc.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
  root.append(scratch);
  const focused = doc.activeElement as HTMLElement | null;
  scratch.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  scratch.remove();
  focused?.focus?.({ preventScroll: true });
  return ok;
}

export async function lookUpInPopup(send: Send, token: Token): Promise<string> {
  try {
    const { opened } = await send('open-in-popup', { query: queryFor(token) });
    return opened === 'popup' ? 'Opened in the PortLens popup.' : 'Opened PortLens in a new tab.';
  } catch (e) {
    return `Could not open PortLens: ${e instanceof Error ? e.message : String(e)}`;
  }
}

export async function analyseInSidePanel(send: Send, text: string, origin: string): Promise<string> {
  try {
    const { opened } = await send('analyse-text', origin ? { text, origin } : { text });
    return opened === 'panel' ? 'Sent to the side panel.' : 'Opened the analysis in a new tab.';
  } catch (e) {
    return `Could not send the log: ${e instanceof Error ? e.message : String(e)}`;
  }
}
