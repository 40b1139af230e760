import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES } from '../../../scripts/browser/paths';

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
