import type { ExportedFile } from '../../../src/index';

/**
 * Saving and copying without extension APIs, so the popup (an extension page) and the reader
 * (a closed shadow root in the page) do it the same way, with no `downloads` permission.
 * `parent` is where the temporary link or text area goes: the popup's body, the reader's shadow
 * root (so nothing enters the page's DOM).
 */
export function saveFile(parent: Node, file: ExportedFile): void {
  const doc = parent.ownerDocument ?? document;
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; revoke later so it is not held forever.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copy with the async Clipboard API (the click is the user gesture); pages on plain http are not a
 * secure context and have no `navigator.clipboard`, so fall back to a selected text area and
 * `execCommand('copy')`, which the clipboardWrite permission allows. False when both failed.
 */
export async function copyText(parent: Node, text: string): Promise<boolean> {
  const doc = parent.ownerDocument ?? document;
  const win = doc.defaultView;
  try {
    if (win?.navigator.clipboard && win.isSecureContext) {
      await win.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through */
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Through the CSSOM: extension pages' CSP refuses style attributes, not style properties.
  for (const [k, v] of [['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '1px'], ['height', '1px'], ['opacity', '0']]) area.style.setProperty(k, v);
  parent.appendChild(area);
  const active = (parent.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return ok;
}
