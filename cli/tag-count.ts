/**
 * How many elements the HTML parser will make of a page, counted on the raw text before parsing:
 * one per start tag, skipping comments and the text of elements whose content is not markup
 * (script, style, textarea, title…), plus html, head and body, which the parser adds when a page
 * leaves them out. A page over the element limit is refused here in a fraction of a second (for a
 * 50 MB page) instead of after jsdom has spent a minute and gigabytes building it. The real
 * document is counted again after parsing (the parser adds a few elements of its own: tbody…).
 */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const NAME = /[a-zA-Z][^\t\n\f\r />]*/y;
/** Counted once whether the page writes them or not: the parser makes exactly one of each. */
const IMPLIED = new Set(['html', 'head', 'body']);

export function countTags(html: string): number {
  let n = 3;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      NAME.lastIndex = i + 1;
      const name = NAME.exec(html)![0].toLowerCase();
      if (!IMPLIED.has(name)) n++;
      if (name === 'plaintext') return n;
      if (RAW_TEXT.has(name)) {
        const end = findCloseTag(html, name, i + 1 + name.length);
        if (end === -1) return n;
        i = html.indexOf('<', end + 2);
        continue;
      }
    } else if (c === 33 /* ! */ && html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) return n;
      i = html.indexOf('<', end + 3);
      continue;
    }
    i = html.indexOf('<', i + 1);
  }
  return n;
}

/** Where `</name` (any case) starts after `from`, or -1. */
function findCloseTag(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
  close.lastIndex = from;
  return close.exec(html)?.index ?? -1;
}
