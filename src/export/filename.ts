/**
 * A file name from an article title that every OS and the browsers' download APIs accept:
 * - no path separators or characters Windows forbids: / \ : * ? " < > |
 * - no `~` (8.3 short-name look-alikes, home-directory expansion in shells), no leading `.`
 *   (hidden files) or `-` (read as an option by command-line tools)
 * - no control, format (zero-width, bidi overrides/isolates/marks) or unassigned characters
 * - not a Windows reserved device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, also with an extension
 *   or superscript digit), no trailing dots or spaces
 * - at most 100 characters and 200 UTF-8 bytes including the extension, cut on a whole character
 * - a fallback name when nothing is left.
 */
const FORBIDDEN = /[\/\\:*?"<>|~]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)(?:\.|$)/i;
export const FALLBACK_NAME = 'article';
const MAX_CHARS = 100;
const MAX_BYTES = 200;

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

export function exportFileName(title: string | null | undefined, ext: string): string {
  const suffix = /^[A-Za-z0-9]{1,8}$/.test(ext.replace(/^\./, '')) ? '.' + ext.replace(/^\./, '').toLowerCase() : '.txt';
  let base = String(title ?? '')
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.\-]+/, '')
    .replace(/[\s.]+$/, '');
  if (RESERVED.test(base)) base = '_' + base;
  const chars = Array.from(base);
  const room = MAX_CHARS - suffix.length;
  if (chars.length > room) base = chars.slice(0, room).join('');
  while (utf8Length(base + suffix) > MAX_BYTES) base = Array.from(base).slice(0, -1).join('');
  base = base.replace(/[\s.]+$/, '');
  if (!base) base = FALLBACK_NAME;
  return base + suffix;
}
