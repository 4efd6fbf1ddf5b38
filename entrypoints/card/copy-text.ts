// Copies text from the card frame: the async clipboard API where the frame may use it, else a
// selection in a scratch textarea and execCommand('copy') (both inside a genuine click).
export async function copyText(text: string, doc: Document): Promise<boolean> {
  const nav = doc.defaultView?.navigator;
  try {
    if (nav?.clipboard) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (permissions policy of the embedding page): fall back to the selection copy
  }
  const scratch = doc.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
  doc.body.append(scratch);
  scratch.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  scratch.remove();
  return ok;
}
