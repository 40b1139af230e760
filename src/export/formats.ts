
/**
 * The one registry of export formats: the popup's and the reader's Copy and Download buttons, the
 * options page's "Default format", the stored setting and the CLI's `--format` are all read from
 * here, so a new format is its id, its entry below and its builder in build.ts (plus its tests).
 *
 * The ids are the file extensions, which is what the buttons show (".txt") and what settings
 * stored before the registry already hold.
 */
export const EXPORT_FORMAT_IDS = ['txt', 'md', 'html'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export interface ExportFormat {
  id: ExportFormatId;
  /** What the format is called in sentences: "Copy Markdown", "Copied the text." */
  name: string;
  /** A short description, for the options page's select and the CLI's --help. */
  summary: string;
  extension: string;
  mime: string;
  /** Offered as a "Copy …" button: a format people paste (text, Markdown) rather than open. */
  copy: boolean;
}


/*
 * Each format twice, under its id: what it is (here), then how its file is built (build.ts). Two
 * tables in two files rather than one, so that what only names the formats (the options page, the
 * CLI's main thread answering --help) does not load the renderers; esbuild splits the CLI's bundle
 * by file. Their types make sure no id lacks either.
 */
export const EXPORT_FORMATS: { readonly [K in ExportFormatId]: ExportFormat & { id: K } } = {
  txt: { id: 'txt', name: 'text', summary: 'a short metadata header, then the text', extension: 'txt', mime: 'text/plain;charset=utf-8', copy: true },
  md: { id: 'md', name: 'Markdown', summary: 'YAML front matter, then Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8', copy: true },
  html: { id: 'html', name: 'HTML', summary: 'a standalone, script-free HTML page', extension: 'html', mime: 'text/html;charset=utf-8', copy: false },
};


/** Names the CLI took before the ids were unified (`--format text|markdown`); still accepted. */
export const EXPORT_FORMAT_ALIASES: Readonly<Record<string, ExportFormatId>> = { text: 'txt', markdown: 'md' };

/** The format an id or alias names (any case), or null. */
export function exportFormatId(name: string): ExportFormatId | null {
  const n = name.trim().toLowerCase();
  if ((EXPORT_FORMAT_IDS as readonly string[]).includes(n)) return n as ExportFormatId;
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMAT_ALIASES, n) ? EXPORT_FORMAT_ALIASES[n] : null;
}
