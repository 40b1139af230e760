import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { describeBlock, extract, extractDraft, findBlocks, finishDraft, isHashLike, learnRule, parseRulesFile, rulesFileText, type LearnedRule } from '../../../src/index';
import { newsPage } from './learned-page';

const URL_ = 'https://www.citynews.example/2024/bridge';
const opened: (() => void)[] = [];
afterEach(() => opened.splice(0).forEach((close) => close()));

function page(html: string, url = URL_): Document {
  const { document, close } = documentFromHtml(html, url);
  opened.push(close);
  return document;
}

/** A rule made on build 1 of the news page for the element `selector` picks. */
function ruleFor(selector: string, action: LearnedRule['action'], site = 'citynews.example'): LearnedRule {
  return learnRule(page(newsPage(1)).querySelector(selector)!, site, action, new Date('2026-01-02T03:04:05Z'));
}

describe('isHashLike', () => {
  it.each(['css-1q2w3e', 'Layout_main__3xYz1', 'sc-bdVaJa', 'jsx-2837482', 'e1x4r9t0', 'xkcdq', 'a'.repeat(61)])('%s is generated', (t) => expect(isHashLike(t)).toBe(true));
  it.each(['story', 'author-box', 'related_links', 'col-12', 'h2', 'mt-4', 'text-2xl', 'getUpToDate', 'sidebar', 'articleBody', 'rhythm'])('%s is a word', (t) => expect(isHashLike(t)).toBe(false));
});

describe('describeBlock', () => {
  it('keeps word-like classes and stable attributes, drops hashed classes, and anchors on the nearest landmark', () => {
    const d = describeBlock(page(newsPage(1)).querySelector('[data-component]')!);
    expect(d).toEqual({ tag: 'section', anchor: { tag: 'article', attr: null }, path: [], attrs: [['class', 'author-box'], ['data-component', 'author-bio']], label: 'about the author' });
  });

  it('anchors on an ancestor with a stable id, not a hashed one', () => {
    const doc = page('<body><div id="x9f3k2j1q"><div id="comments"><div class="css-1a2b3c"><p>Hi</p></div></div></div></body>');
    expect(describeBlock(doc.querySelector('p')!)).toMatchObject({ anchor: { tag: 'div', attr: ['id', 'comments'] }, path: ['div'] });
  });
});

describe('findBlocks', () => {
  const bio = (): LearnedRule => ruleFor('[data-component]', 'keep');

  it('finds the block on the same page, and only that one (not the same box in the sidebar)', () => {
    const doc = page(newsPage(1));
    expect(findBlocks(doc.body, bio())).toEqual([doc.querySelector('[data-component]')]);
  });

  it('finds it again when the class names are re-hashed, the block is wrapped in another div and its text edited', () => {
    const doc = page(newsPage(2));
    expect(findBlocks(doc.body, bio())).toEqual([doc.querySelector('[data-component]')]);
  });

  it('finds a block with no stable attribute by its heading and words after re-hashing', () => {
    const rule = ruleFor('article > section:last-of-type', 'remove');
    expect(rule.block.attrs).toEqual([]);
    const doc = page(newsPage(2));
    expect(findBlocks(doc.body, rule).map((e) => e.textContent?.slice(0, 11))).toEqual(['Corrections']);
  });

  it('does not find a block moved out of its anchor, nor another block of the same tag', () => {
    const moved = page(newsPage(1).replace(/<section[^>]*data-component[\s\S]*?<\/section>/, ''));
    expect(findBlocks(moved.body, bio())).toEqual([]);
    const other = page('<body><main><article><section class="author-box"><h3>Read next</h3><p>Ten places to eat near the river this summer, picked by our food critic.</p></section></article></main></body>');
    expect(findBlocks(other.body, bio())).toEqual([]);
  });

  it('prefers the block to a wrapper around it that holds the same text', () => {
    const rule = ruleFor('[data-component] p', 'keep');
    const doc = page(newsPage(2));
    expect(findBlocks(doc.body, rule)).toEqual([doc.querySelector('[data-component] p')]);
  });
});

describe('learned rules in the pipeline', () => {
  const removedKinds = (url: string, html: string, learned: LearnedRule[]) => {
    const r = extract(page(html, url), { url, learned });
    if (!r.ok) throw new Error(r.error.message);
    return { text: r.article.text, removed: r.article.removed.map((x) => [x.kind, x.text.slice(0, 16)]) };
  };

  it('a keep rule protects a block the built-in rules remove, on both builds', () => {
    const keep = ruleFor('[data-component]', 'keep');
    expect(removedKinds(URL_, newsPage(1), [])).toMatchObject({ removed: [['chrome', 'About the author']] });
    for (const build of [1, 2] as const) {
      const r = removedKinds(URL_, newsPage(build), [keep]);
      expect(r.removed).toEqual([]);
      expect(r.text).toContain('Jane Roe covers transport');
    }
  });

  it('a remove rule takes its block out as the user\'s removal, on both builds; a keep rule wins over it', () => {
    const remove = ruleFor('article > section:last-of-type', 'remove');
    for (const build of [1, 2] as const) {
      const r = removedKinds(URL_, newsPage(build), [remove]);
      expect(r.text).not.toContain('An earlier version');
      expect(r.removed).toContainEqual(['user', 'Corrections An e']);
    }
    const keep = { ...remove, action: 'keep' as const };
    expect(removedKinds(URL_, newsPage(1), [keep, remove]).text).toContain('An earlier version');
  });

  it('a keep rule also stops Readability from dropping the block (an "unlikely candidate" by its class name)', () => {
    const seed = readFileSync(new URL('../../../samples/seed-article.html', import.meta.url), 'utf8');
    const url = 'https://www.algemeiner.com/2017/02/09/defections/';
    const keep = learnRule(page(seed, url).querySelector('.related-coverage-inline')!, 'algemeiner.com', 'keep');
    expect(removedKinds(url, seed, []).text).not.toContain('Related coverage');
    const r = removedKinds(url, seed, [keep]);
    expect(r.text).toContain('Related coverage');
    expect(r.removed.map(([kind]) => kind)).not.toContain('related');
  });

  it('applies a rule only on its site, and not when switched off', () => {
    const remove = ruleFor('article > section:last-of-type', 'remove');
    expect(removedKinds('https://other.example/bridge', newsPage(1), [remove]).text).toContain('An earlier version');
    expect(removedKinds('https://news.citynews.example/bridge', newsPage(1), [remove]).text).not.toContain('An earlier version');
    expect(removedKinds(URL_, newsPage(1), [{ ...remove, enabled: false }]).text).toContain('An earlier version');
  });

  it('gives the same article through the draft path, and the mark never reaches the output', () => {
    const learned = [ruleFor('[data-component]', 'keep'), ruleFor('article > section:last-of-type', 'remove')];
    const direct = extract(page(newsPage(2)), { url: URL_, learned });
    const draft = JSON.parse(JSON.stringify(extractDraft(page(newsPage(2)), { url: URL_, learned }))) as ReturnType<typeof extractDraft>;
    const finished = draft.ok ? finishDraft(draft.draft, page('<!DOCTYPE html><title>popup</title>', 'chrome-extension://tidy/popup.html')) : draft;
    expect(finished).toEqual(direct);
    expect(direct.ok && direct.article.html).not.toMatch(/data-tidy/);
  });
});

describe('the rules file', () => {
  const rules = (): LearnedRule[] => [ruleFor('[data-component]', 'keep'), ruleFor('article > section:last-of-type', 'remove')];

  it('reads back what it wrote', () => {
    expect(parseRulesFile(rulesFileText(rules()))).toEqual({ ok: true, rules: rules() });
  });

  it.each([
    ['not JSON', '{"format":', /not JSON/],
    ['another format', '{"rules":[]}', /no "format"/],
    ['another version', '{"format":"tidy-reader-rules","version":2,"rules":[]}', /version 2/],
    ['no list', '{"format":"tidy-reader-rules","version":1}', /no "rules" list/],
  ])('refuses %s with a clear message', (_, text, message) => {
    const r = parseRulesFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  it('refuses a file with one bad rule whole, naming the rule and the fault', () => {
    const bad = rules();
    (bad[1] as { action: string }).action = 'hide';
    const r = parseRulesFile(rulesFileText(bad));
    expect(r).toEqual({ ok: false, message: 'Rule 2 of the file is not valid: action is neither "keep" nor "remove". Nothing was changed.' });
  });

  it('drops fields it does not know', () => {
    const text = rulesFileText(rules()).replace('"action"', '"extra": {"x": 1}, "action"');
    const r = parseRulesFile(text);
    expect(r.ok && r.rules[0]).toEqual(rules()[0]);
  });
});
