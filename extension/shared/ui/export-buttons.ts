import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, exportFile, type Article, type ExportFormatId } from '../../../src/index';
import { h } from './element';
import { copyText, saveFile } from './file-actions';

/**
 * The Copy and Download buttons, made from the export registry, with one behaviour for the popup
 * and the reader: a Copy button copies exactly the file its format's Download button saves (with
 * the metadata header when the "Start exports with the title, author…" setting is on), of the
 * article as it reads now, restored blocks included.
 */
export interface ExportContext {
  /** The article as it reads now (restores included) with its Markdown, or null when there is none. */
  source(): { article: Article; markdown: string } | null;
  /** The page's address, for the metadata header. */
  url(): string;
  includeMetadata(): boolean;
  /** Where a temporary link or text area goes: the popup's body, the reader's shadow root. */
  parent: Node;
  say(message: string, bad?: boolean): void;
}

export function exportButtons(doc: Document, ctx: ExportContext): { copy: HTMLButtonElement[]; download: HTMLButtonElement[] } {
  const file = (id: ExportFormatId) => {
    const src = ctx.source();
    return src && exportFile(src.article, src.markdown, id, { url: ctx.url(), includeMetadata: ctx.includeMetadata() });
  };
  const copy = async (id: ExportFormatId): Promise<void> => {
    const f = file(id);
    if (!f) return;
    const ok = await copyText(ctx.parent, f.text);
    ctx.say(ok ? `Copied the ${EXPORT_FORMATS[id].name}.` : 'Copying was blocked by the browser.', !ok);
  };
  const save = (id: ExportFormatId): void => {
    try {
      const f = file(id);
      if (!f) return;
      saveFile(ctx.parent, f);
      ctx.say(`Saved ${f.name}.`);
    } catch (e) {
      ctx.say(`Could not save: ${e instanceof Error ? e.message : e}`, true);
    }
  };
  const button = (label: string, action: string, attrs: Record<string, string>, onClick: () => void): HTMLButtonElement => {
    const b = h(doc, 'button', { type: 'button', 'data-action': action, 'data-testid': action, ...attrs }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const formats = EXPORT_FORMAT_IDS.map((id) => EXPORT_FORMATS[id]);
  return {
    copy: formats.filter((f) => f.copy).map((f) => button(`Copy ${f.name}`, `copy-${f.id}`, {}, () => void copy(f.id))),
    download: formats.map((f) => button(`.${f.extension}`, `download-${f.id}`, { 'data-format': f.id, 'aria-label': `Download .${f.extension}` }, () => save(f.id))),
  };
}

/**
 * Marks the download button of the default format (the setting), in the popup and the reader
 * alike, and says why it stands out (its description, and a tooltip).
 */
export function markDefaultFormat(root: ParentNode, id: ExportFormatId): void {
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    const on = b.dataset.format === id;
    b.classList.toggle('default', on);
    if (on) b.title = 'Your default format (set in Settings)';
    else b.removeAttribute('title');
  }
}
