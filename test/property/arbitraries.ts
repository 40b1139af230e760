import fc from 'fast-check';

/**
 * Random hostile HTML: a tree of elements (article structure, clutter-looking blocks, and every
 * dangerous element), attributes with event handlers, styles, clobbering names and hostile URLs
 * (scheme tricks, entities, whitespace, data: types), plus raw snippets the parser must survive
 * (broken tags, comments, CDATA, mismatched nesting). Depth is bounded: stack depth is another
 * test's business (the CLI's deep-nesting case).
 */
const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'Hamas ISIS Sinai Gaza share related coverage comments newsletter subscribe reCAPTCHA privacy policy story ' +
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore'
).split(' ');

const SAFE_TAGS = ['p', 'div', 'span', 'a', 'img', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'figure', 'figcaption',
  'article', 'section', 'aside', 'header', 'footer', 'nav', 'main', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'br', 'hr',
  'time', 'small', 'label', 'dl', 'dt', 'dd', 'details', 'summary', 'picture', 'source', 'video', 'audio', 'font', 'center'];
const DANGEROUS_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'option',
  'meta', 'base', 'link', 'svg', 'math', 'template', 'noscript', 'frameset', 'frame', 'applet', 'xmp', 'noembed', 'plaintext',
  'title', 'foreignObject', 'animate', 'set', 'use', 'marquee', 'portal', 'dialog'];

const HOSTILE_URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg onload=alert(1)>', 'data:image/png;base64,iVBORw0KGgo=',
  'data:application/javascript,alert(1)', '//evil.example/x.js', '/relative/path', '#frag', '?q=1', 'http://ok.example/a?b=c&d=e',
  'https://ok.example/p', 'mailto:someone@example.org', 'mailto:?subject=share', 'https://www.facebook.com/sharer/sharer.php?u=x',
  'https://twitter.com/intent/tweet?url=x', 'file:///etc/passwd', 'blob:https://x/1', 'about:blank', 'jar:http://x!/', 'ftp://x/',
  'x" onmouseover="alert(1)', "'><script>alert(1)</script>", 'https://ok.example/a b)', 'https://ok.example/(x)', 'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>',
];

const ATTR_NAMES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'data', 'xlink:href', 'cite', 'srcdoc',
  'style', 'onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'class', 'id', 'name', 'rel', 'target', 'itemprop', 'lang', 'dir',
  'alt', 'title', 'datetime', 'content', 'http-equiv', 'type', 'autofocus', 'hidden', 'aria-hidden', 'data-src', 'xmlns', 'is'];

const CLASS_TOKENS = ['share-bar', 'social-share', 'related', 'related-posts', 'newsletter', 'comments', 'g-recaptcha', 'avatar',
  'date-bar', 'entry-content', 'article-body', 'byline', 'author', 'css-1q2w3e', 'hidden', 'sidebar', 'ad', 'promo', 'caption'];
const CLOBBER_NAMES = ['parentNode', 'firstChild', 'getElementsByTagName', 'querySelectorAll', 'cloneNode', 'body', 'documentElement',
  'nodeType', 'attributes', 'textContent', 'innerHTML', 'location', 'defaultView', 'createElement', 'localName', 'contains'];

const RAW_SNIPPETS = [
  '<scr<script>ipt>alert(1)</scr</script>ipt>', '<!-- <script>alert(1)</script> -->', '<![CDATA[<script>alert(1)</script>]]>',
  '<img src=x onerror=alert(1)//', '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>', '<math><mi//xlink:href="data:x,<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">click</a>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<form><input name="parentNode"></form>',
  '<table><tr><td>cell<div>in table</td></tr></table>', '</p></div></body></html>', '<p><p><p>', '<b><i>mis</b>nested</i>',
  '<?xml version="1.0"?>', '<!DOCTYPE html>', '<body onload=alert(1)>', '<base href="javascript:/">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<object data="javascript:alert(1)"></object>', '<embed src="data:text/html,x">',
  '<template><script>alert(1)</script></template>', '<style>@import "javascript:alert(1)";</style>', '<link rel=stylesheet href="javascript:alert(1)">',
  '<a href="&#x6A;avascript:alert(1)">x</a>', '<img srcset="javascript:alert(1) 1x">', '<video poster="javascript:alert(1)"><source src="x"></video>',
  '\u0000\u202e\ufeff', '&lt;script&gt;alert(1)&lt;/script&gt;', '<p>Share this Story: Share On Facebook Share On Twitter</p>',
  '<div>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</div>', '<h3>Related coverage</h3>',
];

const word = fc.constantFrom(...WORDS);
/** Mostly sentences (so pages can reach an article's length), sometimes arbitrary unicode. */
export const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { minLength: 3, maxLength: 40 }).map((ws) => ws.join(' ') + '.') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

const attrValue = fc.oneof(
  fc.constantFrom(...HOSTILE_URLS),
  fc.constantFrom(...CLASS_TOKENS),
  fc.constantFrom(...CLOBBER_NAMES),
  fc.constantFrom('alert(1)', 'expression(alert(1))', 'background:url(javascript:alert(1))', 'x', ''),
  fc.string({ maxLength: 20 }),
);

const attrArb = fc.tuple(fc.constantFrom(...ATTR_NAMES), attrValue);

function escapeAttr(v: string): string {
  return v.replace(/&(?![#a-z0-9]+;)/gi, '&amp;').replace(/"/g, '&quot;');
}

export type HtmlNode = { t: 'text'; v: string } | { t: 'raw'; v: string } | { t: 'el'; tag: string; attrs: [string, string][]; kids: HtmlNode[] };

const { node } = fc.letrec<{ node: HtmlNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: textArb.map((v): HtmlNode => ({ t: 'text', v })) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SNIPPETS).map((v): HtmlNode => ({ t: 'raw', v })) },
    {
      weight: 4,
      arbitrary: fc.record({
        t: fc.constant('el' as const),
        tag: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SAFE_TAGS) }, { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_TAGS) }),
        attrs: fc.array(attrArb, { maxLength: 4 }),
        kids: fc.array(tie('node'), { maxLength: 6 }),
      }),
    },
  ),
}));

export function serialize(n: HtmlNode): string {
  if (n.t === 'text') return n.v.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (n.t === 'raw') return n.v;
  const attrs = n.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return `<${n.tag}${attrs}>${n.kids.map(serialize).join('')}</${n.tag}>`;
}

/** A whole page: optional head junk, then a body of random nodes, sometimes wrapped in an article with enough prose. */
export const pageArb = fc
  .record({
    head: fc.array(fc.constantFrom(...RAW_SNIPPETS.filter((s) => /<(meta|base|link|style)\b/.test(s)), '<title>Random <b>page</b></title>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"<img src=x onerror=alert(1)>","author":{"name":"<script>x</script>"},"datePublished":"2020-01-01"}</script>',
      '<meta property="og:title" content="&quot;><script>alert(1)</script>">', '<meta property="og:image" content="javascript:alert(1)">'), { maxLength: 4 }),
    body: fc.array(node, { maxLength: 8 }),
    prose: fc.boolean(),
    bodyAttrs: fc.array(attrArb, { maxLength: 2 }),
  })
  .map(({ head, body, prose, bodyAttrs }) => {
    const inner = body.map(serialize).join('\n');
    const filler = prose
      ? '<article><h1>Fuzz article</h1>' + Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the article under test carries enough ordinary words, commas, and sentences to count as real prose for any reader, like this one.</p>`).join('') + inner + '</article>'
      : inner;
    const battrs = bodyAttrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
    return `<!DOCTYPE html><html><head>${head.join('')}</head><body${battrs}>${filler}</body></html>`;
  });

export const HOSTILE_SNIPPETS = RAW_SNIPPETS;
