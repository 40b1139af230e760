import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES } from './paths';

/** Test pages for the overlay, built from the seed sample so each one holds a real article. */
export const SEED_HTML = readFileSync(join(SAMPLES, 'seed-article.html'), 'utf8');

/** A sentence of the seed article's body, to find in what the overlay shows. */
export const SEED_SENTENCE = 'Hamas continues to want it both ways when it comes to the Islamic State';

/** Page CSS that tries every way to hide, blank or restyle an injected overlay. */
export const HOSTILE_CSS = `
*:not(html) { display: none !important; opacity: 0 !important; transform: scale(0) !important; filter: blur(8px) !important; }
* { color: transparent !important; visibility: hidden !important; font-size: 0 !important; line-height: 0 !important; }
div, p, h1, button, article, span { color: transparent !important; background: #f00 !important; display: none !important; }
tidy-reader-overlay, tidy-reader-overlay * { display: none !important; all: unset !important; width: 0 !important; height: 0 !important; }
:host, :host *, ::slotted(*) { display: none !important; }
:root { --bg: #f00; --fg: transparent; --size: 0; }
@layer x { tidy-reader-overlay { display: none !important; } }
`;

export function withHead(html: string, extra: string): string {
  return html.replace('</head>', `${extra}\n</head>`);
}

export const HOSTILE_HTML = withHead(SEED_HTML, `<style>${HOSTILE_CSS}</style>`);

const RTL_PARAGRAPHS = [
  'هذه مقالة تجريبية مكتوبة باللغة العربية لاختبار عرض القارئ من اليمين إلى اليسار، وهي تحتوي على فقرات متعددة وجمل كاملة.',
  'يقرأ الناس المقالات الطويلة على الإنترنت كل يوم، لكن الصفحات مليئة بالأزرار والإعلانات وصناديق النشرات البريدية التي تشتت الانتباه.',
  'يعرض وضع القراءة النص وحده مع العنوان والكاتب والتاريخ، بخط واضح وعرض سطر مريح، ويحترم اتجاه الكتابة في اللغة الأصلية للمقالة.',
  'عندما تكون الصفحة مكتوبة بالعربية أو العبرية يجب أن تبدأ الأسطر من اليمين، وأن تظهر علامات الترقيم في مكانها الصحيح في نهاية الجملة.',
  'هذه الفقرة الأخيرة تضيف مزيداً من النص حتى يتعرف المستخرج على المقالة بوصفها المحتوى الرئيسي للصفحة وليس مجرد شريط جانبي قصير.',
];

export const RTL_HTML = `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اختبار عرض القارئ من اليمين إلى اليسار</title>
<meta name="author" content="كاتب الاختبار"></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header>
<main><article><h1>اختبار عرض القارئ من اليمين إلى اليسار</h1>
${[...RTL_PARAGRAPHS, ...RTL_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer><p>حقوق النشر</p></footer></body></html>`;

/** A short note: not an article by default, but "Try anyway" gets its text. */
export const SHORT_NOTE_SENTENCE = 'The library closes early on Friday because the heating is being repaired';
export const NO_ARTICLE_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Notice</title></head>
<body><nav><a href="/a">Home</a> <a href="/b">About</a></nav>
<div class="note"><p>${SHORT_NOTE_SENTENCE}.</p></div>
<footer><a href="/c">Contact</a></footer></body></html>`;

/** Where the seed article's body starts: pages below insert blocks before its first paragraph. */
const FIRST_PARAGRAPH = '<p>Hamas continues to want it both ways';
const RELATED = '<div class="related-coverage-inline">';

function insertBefore(html: string, marker: string, extra: string): string {
  if (!html.includes(marker)) throw new Error(`samples/seed-article.html changed: "${marker}" is gone`);
  return html.replace(marker, extra + marker);
}

/** The seed with an empty share container in its body: a removal with nothing to show or restore. */
export const EMPTY_REMOVAL_HTML = insertBefore(SEED_HTML, RELATED, '<div class="social-share"><span class="icon"></span></div>\n');

/**
 * The seed article with section headings (for the table of contents): four h2 and one h3 between
 * its paragraphs, so it has more than the three headings the contents need.
 */
export const HEADINGS = ['Defections to Wilayat Sinai', 'Who has left', 'Weapons and training', 'What Hamas gains', 'Outlook'];
export const HEADINGS_HTML = (() => {
  const paragraphs = ['<p>Hamas’ engagement', '<p>Roughly two months ago', RELATED, '<p>Israeli officials', '<p>Since the end'];
  let html = SEED_HTML;
  paragraphs.forEach((p, i) => {
    html = insertBefore(html, p, `<${i === 1 ? 'h3' : 'h2'}>${HEADINGS[i]}</${i === 1 ? 'h3' : 'h2'}>\n`);
  });
  return html;
})();

/**
 * Page CSS aimed at the overlay from outside its shadow root, every rule pointing at a URL under
 * /hostile/ that the test server counts: @font-face rules for every family name the overlay's font
 * stacks ever used (and the generic names, quoted), pseudo-elements, descendants and parts of the
 * host, custom properties it inherits. Opening the overlay must fetch none of them.
 */
const FONT_FAMILIES = [
  'Charter', 'Bitstream Charter', 'Sitka Text', 'Cambria', 'Georgia', 'DejaVu Serif', 'Iowan Old Style',
  'system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'DejaVu Sans', 'Liberation Serif', 'Liberation Sans',
  'serif', 'sans-serif', 'monospace', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'Noto Serif',
  // Not 'Times New Roman' or 'Arial': Chromium's default fonts, which the page's own text uses.
];
export const HOSTILE_FONTS_CSS = `
${FONT_FAMILIES.map((f, i) => `@font-face { font-family: "${f}"; src: url(/hostile/font-${i}.woff2) format("woff2"); }`).join('\n')}
tidy-reader-overlay::before { content: url(/hostile/before.png) !important; display: block !important; }
tidy-reader-overlay::after { content: "x" !important; display: block !important; background-image: url(/hostile/after.png) !important; }
html > tidy-reader-overlay::before { background: url(/hostile/child-before.png) !important; }
html tidy-reader-overlay::after { border-image: url(/hostile/descendant-after.png) 30 !important; }
body ~ tidy-reader-overlay::before { list-style-image: url(/hostile/sibling-before.png) !important; }
tidy-reader-overlay::first-line { background-image: url(/hostile/first-line.png) !important; }
tidy-reader-overlay::first-letter { background-image: url(/hostile/first-letter.png) !important; }
tidy-reader-overlay::marker { content: url(/hostile/marker.png) !important; }
tidy-reader-overlay::backdrop { background-image: url(/hostile/backdrop.png) !important; }
tidy-reader-overlay::part(root), tidy-reader-overlay::part(bar), tidy-reader-overlay::part(article) { background-image: url(/hostile/part.png) !important; }
tidy-reader-overlay * { background-image: url(/hostile/star.png) !important; }
tidy-reader-overlay, :root tidy-reader-overlay { cursor: url(/hostile/cursor.png), auto !important; background-image: url(/hostile/host.png) !important;
  --bg: url(/hostile/var.png); --size: 1; --width: 1; --measure: 1px; --accent: red; }
`;
export const HOSTILE_FONTS_HTML = withHead(SEED_HTML, `<style>${HOSTILE_FONTS_CSS}</style>`);

/**
 * Pages that fight for focus: on every focus or blur anywhere, they move the focus back to an
 * element of their own (an input in the body; or the root element itself, which no inert body
 * can stop).
 */
const FOCUS_FIGHT = (target: string) => `<script>
(() => {
  const grab = () => { const t = ${target}; if (t && document.activeElement !== t) t.focus(); };
  for (const type of ['focus', 'blur', 'focusin', 'focusout']) {
    window.addEventListener(type, grab, true);
    document.addEventListener(type, grab, true);
  }
})();
</script>`;
export const FOCUS_FIGHT_HTML = withHead(SEED_HTML, FOCUS_FIGHT(`document.querySelector('input.search-field')`));
export const FOCUS_FIGHT_ROOT_HTML = withHead(SEED_HTML.replace('<html ', '<html tabindex="-1" '), FOCUS_FIGHT('document.documentElement'));
