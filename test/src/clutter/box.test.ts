import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { boxOf } from '../../../src/clutter/box';
import { isProse } from '../../../src/clutter/prose';
import { PARAGRAPHS } from '../rules/fixtures';

/** clutter/box.ts: the whole box a matched label heads, never the story's prose. */

function body(html: string): Element {
  return new JSDOM(`<body><div id="story">${html}</div></body>`).window.document.getElementById('story')!;
}
const P = (i: number): string => `<p>${PARAGRAPHS[i]}</p>`;
const TEASER = '<div class="c3"><a href="/2019/10/13/other-story/"><strong>The Americans, the Kurds, the War</strong></a> - Two days after announcing the betrayal, the president decided to...</div>';

describe('boxOf', () => {
  it('takes the wrapper that holds the label and its teaser', () => {
    const root = body(`${P(0)}<section class="q"><div class="l">More on this</div><div class="d">October 13, 2019</div>${TEASER}</section>${P(1)}`);
    const label = root.querySelector('.l')!;
    const box = boxOf(label, root);
    expect(box.localName).toBe('section');
    expect(box.textContent).toContain('The Americans, the Kurds');
  });

  it('gathers a label printed among the paragraphs with its teaser as siblings, and stops at the prose', () => {
    const root = body(`${P(0)}<div class="l">Lesen Sie auch</div><div class="d">13.10.2019</div>${TEASER}${P(1)}`);
    const box = boxOf(root.querySelector('.l')!, root);
    expect(box.parentElement).toBe(root);
    expect(box.textContent).toContain('13.10.2019');
    expect(box.textContent).toContain('The Americans, the Kurds');
    expect(box.textContent).not.toContain(PARAGRAPHS[1].slice(0, 30));
    expect(root.textContent).toContain(PARAGRAPHS[1].slice(0, 30));
  });

  it('is the label alone when the next block is the story going on', () => {
    const root = body(`${P(0)}<div class="l">Related</div>${P(1)}${P(2)}`);
    const label = root.querySelector('.l')!;
    expect(boxOf(label, root)).toBe(label);
  });

  it('never grows over a wrapper holding the story', () => {
    const root = body(`<div class="w">${P(0)}<span class="l">Join the discussion</span><a href="/join">Join</a>${P(1)}</div>`);
    const label = root.querySelector('.l')!;
    const box = boxOf(label, root);
    expect(box.textContent).not.toContain(PARAGRAPHS[0].slice(0, 30));
  });

  it('from a sign-up form, takes the heading and blurb above it, not a heading of the story', () => {
    const root = body(`<h2>The vote</h2>${P(0)}<div class="n"><h3>Get the Daily</h3><p>The news every morning.</p><div class="f"><span>Sign up</span></div></div>${P(1)}`);
    const form = root.querySelector('.f')!;
    expect(boxOf(form, root).className).toBe('f');
    const box = boxOf(form, root, { fromControl: true });
    expect(box.className).toBe('n');
  });
});

describe('isProse', () => {
  it('is a paragraph of 25 words or more with few links', () => {
    const root = body(`${P(0)}<p>A short line of text.</p><p><a href="/a">${PARAGRAPHS[1]}</a></p>`);
    const [long, short, linked] = Array.from(root.children);
    expect(isProse(long)).toBe(true);
    expect(isProse(short)).toBe(false);
    expect(isProse(linked)).toBe(false);
  });

  it("is not a teaser's blurb cut off with an ellipsis", () => {
    const root = body(`<p>${PARAGRAPHS[0].replace(/\.$/, '')} and the chair said that the council would…</p>`);
    expect(isProse(root.firstElementChild!)).toBe(false);
  });
});
