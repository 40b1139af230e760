/**
 * Plain text from the sanitized article DOM: each block on its own, paragraphs separated by a
 * blank line, consecutive list items on consecutive lines, `<br>` as a line break, `<pre>` kept
 * as written. Inline elements never glue words together or split them apart. Items of an ordered
 * list keep their numbers ("1. ", from `start`, `reversed` and `value` as a browser counts them):
 * "There are three simple rules:" means little without them. A figure's caption is left out: it
 * belongs with its image, which text cannot show ("ISIS terrorists. Photo: nrg/Screenshot." read
 * as a paragraph of the story), and stays with it in the HTML and Markdown renderings.
 */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
const OWN_NUMBER = /^(?:\d+|[a-z]|[ivx]+)[.):]\s|^(?:step|tip|no\.?|#)\s*\d+/i;

interface Block {
  text: string;
  item: boolean;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK.has(el.localName);
}

export function renderText(root: Node): string {
  const blocks: Block[] = [];
  let buf = '';
  let inItem = 0;
  // An ordered item's number, waiting for the item's first block of text (which may be a <p>).
  let marker = '';
  const numbers = new Map<Element, number>();

  const flush = (): void => {
    const t = buf.replace(/[ \t\f\r]+/g, ' ').replace(/ *\n */g, '\n').replace(/^\n+|\n+$/g, '').trim();
    if (t) {
      // Lists styled without numbers often carry their own ("1. Myth", "Step 2:"): not twice.
      blocks.push({ text: marker && !OWN_NUMBER.test(t) ? marker + t : t, item: inItem > 0 });
      marker = '';
    }
    buf = '';
  };

  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      // Inside <pre>, line breaks, spaces and tabs are stood in for by characters the folding
      // below leaves alone, and put back at the end.
      buf += pre ? v.replace(/\r\n?|\n/g, '\u2028').replace(/ /g, '\ue001').replace(/\t/g, '\ue002') : v.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const name = node.nodeType === 1 ? el.localName : '';
    if (name === 'br') {
      buf += '\n';
      return;
    }
    if (name === 'img' || name === 'figcaption') return;
    const block = BLOCK.has(name);
    if (block && !CELL.has(name)) flush();
    if (CELL.has(name) && buf.trim()) buf += ' ';
    if (name === 'li') {
      inItem++;
      const n = numbers.get(el);
      if (n !== undefined) marker = `${n}. `;
    }
    if (name === 'ol') numberItems(el, numbers);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || name === 'pre');
    if (block && !CELL.has(name)) flush();
    if (name === 'li') {
      inItem--;
      marker = '';
    }
  };
  walk(root, false);
  flush();

  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) out += b.item && blocks[i - 1].item ? '\n' : '\n\n';
    out += b.text.replace(/\u2028/g, '\n').replace(/\ue001/g, ' ').replace(/\ue002/g, '\t');
  });
  return out;
}

/** The number a browser shows for each item of an ordered list. */
function numberItems(ol: Element, into: Map<Element, number>): void {
  const items: Element[] = [];
  for (let c = ol.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'li') items.push(c);
  const reversed = ol.hasAttribute('reversed');
  const start = parseInt(ol.getAttribute('start') ?? '', 10);
  let n = Number.isFinite(start) ? start : reversed ? items.length : 1;
  for (const li of items) {
    const v = parseInt(li.getAttribute('value') ?? '', 10);
    if (Number.isFinite(v)) n = v;
    into.set(li, n);
    n += reversed ? -1 : 1;
  }
}
