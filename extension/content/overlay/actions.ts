import type { ExportedFile } from '../exports-key';

/**
 * Downloads through a blob URL and an `<a download>` clicked inside the overlay's shadow root:
 * no extension API and no permission needed, and the link never enters the page's DOM.
 */
export function download(parent: Node, file: ExportedFile): void {
  const doc = parent.ownerDocument ?? document;
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; revoke on the next turn so it is not held forever.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copy with the async Clipboard API (the click is the user gesture); pages on plain http are not a
 * secure context and have no `navigator.clipboard`, so fall back to a selected textarea inside the
 * shadow root and `execCommand('copy')`, which the clipboardWrite permission allows.
 */
export async function copyText(parent: Node, text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through */
  }
  const doc = parent.ownerDocument ?? document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'clip';
  parent.appendChild(area);
  const active = (parent.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
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
