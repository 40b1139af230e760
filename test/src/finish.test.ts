import { afterAll, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { extract, extractDraft, finishDraft, type ArticleDraft, type UserRule } from '../../src/index';
import { checkHtml } from '../security/check';
import { articlePage, loadVectors } from '../security/vectors';

/**
 * The extension's path (finish.ts): the content script's draft, unsanitized, crosses a message
 * (JSON here) and is finished in another window, the popup's or the reader's. It must give what
 * `extract` gives, and nothing of the page's markup may come out of it unsanitized, however the
 * draft is made.
 */
const URL_ = 'https://news.example/2024/bridge';
const shown = documentFromHtml('<!DOCTYPE html><title>popup</title>', 'chrome-extension://tidy/popup.html');
afterAll(() => shown.close());

function bothWays(html: string, force = false, rules: UserRule[] = []) {
  const { document, close } = documentFromHtml(html, URL_);
  try {
    const draft = JSON.parse(JSON.stringify(extractDraft(document, { url: URL_, force, rules }))) as ReturnType<typeof extractDraft>;
    const finished = draft.ok ? finishDraft(draft.draft, shown.document) : draft;
    return { direct: extract(document, { url: URL_, force, rules }), draft, finished };
  } finally {
    close();
  }
}

// What Readability keeps of a hostile block (it drops forms, iframes and `javascript:` links itself).
const HOSTILE = '<p>In the story, a <a href="vbscript:msgbox(1)">link</a>, a <img src="data:text/html;base64,PHNjcmlwdD4=" alt="picture" onerror="alert(1)"> and <svg onload="alert(4)"><a xlink:href="javascript:alert(5)">s</a></svg> drawing.</p>';

describe('finishDraft', () => {
  it('gives what extract gives, and the draft alone is not safe to insert (it is the page’s own markup)', () => {
    const { direct, draft, finished } = bothWays(articlePage(HOSTILE));
    expect(finished).toEqual(direct);
    expect(draft.ok).toBe(true);
    if (!draft.ok || !finished.ok) return;
    const nodes = JSON.stringify(draft.draft.nodes);
    for (const unsafe of ['vbscript:', 'data:text/html']) expect(nodes).toContain(unsafe);
    expect(checkHtml(finished.article.html)).toEqual([]);
    expect(finished.article.removed.length).toBeGreaterThan(0);
    for (const r of finished.article.removed) expect(checkHtml(r.html)).toEqual([]);
  });

  it('keeps a tree the HTML parser would not make (a <p> holding an <h2>), as extract does', () => {
    const { direct, finished } = bothWays(`<!DOCTYPE html><html><head><title>T</title></head><body><article>
      <div><h2>A heading inside a div Readability makes a paragraph</h2></div>
      ${'<p>Engineers told the meeting that the foundations had settled more than expected, and that the contractor would need another season.</p>'.repeat(6)}
      </article></body></html>`);
    expect(finished).toEqual(direct);
  });

  it('applies the user’s rules (for every site and for this one) to the article after the crossing, as extract does', () => {
    const story = '<p>Engineers told the meeting that the foundations had settled more than expected, and that the contractor would need another season.</p>';
    const page = `<!DOCTYPE html><html><head><title>T</title></head><body><article>${story.repeat(3)}
      <div class="promo-box"><p>Our sponsor brings you this story and many more like it every week.</p></div>${story.repeat(2)}
      <p>Tell us what you think of the bridge in the box below.</p>${story}
      <p class="site-only">A line only this site prints under its stories, about its own bridge coverage.</p></article></body></html>`;
    const rules: UserRule[] = [{ selector: '.promo-box' }, { pattern: 'what you think of the bridge' }, { selector: '.site-only', site: 'news.example' }, { selector: 'article p', site: 'other.example' }];
    const { direct, draft, finished } = bothWays(page, false, rules);
    expect(finished).toEqual(direct);
    if (!draft.ok || !finished.ok) throw new Error('no article');
    // Selectors take their blocks in the page already; a text pattern only among the article's steps,
    // after the crossing: the draft still holds that block.
    expect(JSON.stringify(draft.draft.nodes)).not.toContain('promo-box');
    expect(JSON.stringify(draft.draft.nodes)).toContain('what you think of the bridge');
    expect(finished.article.removed.filter((r) => r.kind === 'user').map((r) => r.text)).toEqual([
      'Our sponsor brings you this story and many more like it every week.',
      'A line only this site prints under its stories, about its own bridge coverage.',
      'Tell us what you think of the bridge in the box below.',
    ]);
    expect(finished.article.text).not.toMatch(/sponsor|what you think|only this site/);
  });

  it('gives the same failure as extract (no article, forced or not)', () => {
    const page = '<!DOCTYPE html><title>x</title><p>Too short to be an article, but forced it is one.</p>';
    for (const force of [false, true]) {
      const { direct, finished } = bothWays(page, force);
      expect(finished).toEqual(direct);
    }
  });

  it('drops attributes and elements a draft might carry that the sanitizer does not keep, whoever made the draft', () => {
    const draft: ArticleDraft = {
      facts: { title: 'T', byline: null, siteName: null, published: null, lang: null, dir: null, excerpt: null, leadImage: null },
      nodes: [
        [-1, 1, 'div', []],
        [0, 1, 'p', ['onclick', 'alert(1)', 'style', 'color:red']],
        [1, 3, 'word '.repeat(30)],
        [0, 1, 'script', []],
        [3, 3, 'alert(2)'],
        [0, 1, 'iframe', ['src', 'https://evil.example/']],
        [0, 1, 'a', ['href', 'javascript:alert(3)']],
        [6, 3, 'x'],
        [0, 1, 'bad name<', []],
        [8, 3, 'kept text of an element this DOM cannot name'],
      ],
      removed: [{ id: 0, kind: 'share', reason: 'r', inArticle: true, nodes: [[-1, 1, 'p', []], [0, 1, 'img', ['src', 'x', 'onerror', 'alert(4)']], [0, 3, 'Share']] }],
      removals: 1,
      url: URL_,
      rules: [],
      force: false,
    };
    const res = finishDraft(draft, shown.document);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(checkHtml(res.article.html)).toEqual([]);
    expect(res.article.html).not.toMatch(/script|iframe|onclick|style=|javascript/);
    expect(res.article.text).toContain('kept text of an element this DOM cannot name');
    expect(res.article.removed).toEqual([{ id: 0, kind: 'share', reason: 'r', text: 'Share', html: '<p><img src="x">Share</p>', position: -1 }]);
  });

  it('refuses a draft of another shape with a message, never a crash', () => {
    const facts = { title: 'T', byline: null, siteName: null, published: null, lang: null, dir: null, excerpt: null, leadImage: null };
    const ok = { removals: 0, url: URL_, rules: [] };
    const one = { removals: 1, url: URL_, rules: [] };
    const div = [[-1, 1, 'div', []]];
    const removal = { id: 0, kind: 'share', reason: 'r', inArticle: true, nodes: [[-1, 1, 'p', []]] };
    const bad: unknown[] = [
      null,
      {},
      { facts, nodes: 'not a list', removed: [], force: false, ...ok },
      { facts, nodes: [], removed: [], force: false, ...ok },
      { facts, nodes: [[0, 1, 'div', []]], removed: [], force: false, ...ok },
      { facts, nodes: [[-1, 3, 'text root']], removed: [], force: false, ...ok },
      { facts, nodes: [[-1, 1, 'div', []], [5, 3, 'forward parent']], removed: [], force: false, ...ok },
      { facts, nodes: [[-1, 1, 'div', []], [0, 3, 'a'], [1, 3, 'child of text']], removed: [], force: false, ...ok },
      { facts, nodes: [[-1, 1, 'div', []], [-1, 1, 'div', []]], removed: [], force: false, ...ok },
      { facts: { ...facts, title: 3 }, nodes: div, removed: [], force: false, ...ok },
      { facts: { ...facts, dir: 'up' }, nodes: div, removed: [], force: false, ...ok },
      { facts, nodes: div, removed: [{ id: 0 }], force: false, ...one },
      { facts, nodes: div, removed: [{ ...removal, nodes: [] }], force: false, ...one },
      // What the article's steps resume from: the log's count and order, the address, the user's rules.
      { facts, nodes: div, removed: [removal], force: false, ...ok },
      { facts, nodes: div, removed: [{ ...removal, id: 1 }, removal], force: false, ...ok, removals: 2 },
      { facts, nodes: div, removed: [removal, removal], force: false, ...ok, removals: 2 },
      { facts, nodes: div, removed: [], force: false, ...ok, removals: -1 },
      { facts, nodes: div, removed: [], force: false, ...ok, removals: 2 ** 40 },
      { facts, nodes: div, removed: [], force: false, rules: [] },
      { facts, nodes: div, removed: [], force: false, ...ok, url: 5 },
      { facts, nodes: div, removed: [], force: false, ...ok, rules: 'none' },
      { facts, nodes: div, removed: [], force: false, ...ok, rules: [{ selector: 5 }] },
    ];
    for (const d of bad) {
      const res = finishDraft(d as ArticleDraft, shown.document);
      expect(res, JSON.stringify(d)).toEqual({ ok: false, error: { code: 'parse-error', message: expect.stringContaining('not an article') } });
    }
  });

  it('fails closed where there is no window to sanitize in', () => {
    const windowless = shown.document.implementation.createHTMLDocument('');
    const res = finishDraft({ facts: { title: '', byline: null, siteName: null, published: null, lang: null, dir: null, excerpt: null, leadImage: null }, nodes: [[-1, 1, 'div', []]], removed: [], removals: 0, url: URL_, rules: [], force: true }, windowless);
    expect(res.ok ? null : res.error.code).toBe('no-dom');
  });
});

const vectors = loadVectors();
/** Vectors a page: the comparison is exact, so a vector that differs shows in its page's diff. */
const PER_PAGE = 25;
describe.skipIf(!vectors)('XSS corpus through the extension’s path', () => {
  it('every vector: the finished draft equals extract’s result, which passes the sanitizer check', () => {
    const failures: string[] = [];
    const all = vectors ?? [];
    for (let i = 0; i < all.length; i += PER_PAGE) {
      const group = all.slice(i, i + PER_PAGE);
      const { direct, finished } = bothWays(articlePage(group.map((v) => `<div>${v.payload}</div>`).join('\n'), { index: i }));
      const name = `vectors ${i}-${i + group.length - 1}`;
      expect(finished, name).toEqual(direct);
      if (finished.ok) {
        const bad = [finished.article.html, ...finished.article.removed.map((r) => r.html)].flatMap((h) => checkHtml(h));
        if (bad.length) failures.push(`${name}: ${bad.slice(0, 3).join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
