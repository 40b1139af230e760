import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';
import { defuseClobbering } from '../../../src/steps/defuse';
import { pruneNonContent } from '../../../src/steps/prune';
import { removeSwitchPanels } from '../../../src/steps/switch-panels';
import { RemovalLog } from '../../../src/clutter/removal-log';

/** A "labs" panel of feature toggles, hashed: each row a switch, its label and a "What is it?" link. */
const toggles = (n = 4, disabled = false): string =>
  `<div class="x9q"><h3>Reading tools</h3>` +
  Array.from({ length: n }, (_, i) =>
    `<div class="r${i}"><label class="k2"><input type="checkbox" id="t${i}"${disabled ? ' disabled' : ''}><span class="s1">Tool ${i} toggle</span></label>` +
    `<div class="n${i}"><span>Reading tool ${i}</span> <em>(<a href="https://tools-${i}.example/about">What is tool ${i}?</a>)</em></div></div>`).join('') +
  `</div>`;
const removedPanels = (a: { removed: { reason: string; kind: string }[] }) => a.removed.filter((r) => r.reason.startsWith('a panel of switches'));
/** The story's page with `tail` after its last paragraph, inside the story's container. */
const after = (tail: string): string => pageWith('').replace('</div></article>', `${tail}</div></article>`);

/** The step alone, on the pruned page: the text of each panel it took. */
function panels(html: string): string[] {
  const d = new JSDOM(html).window.document;
  defuseClobbering(d);
  const { switches } = pruneNonContent(d.body);
  const log = new RemovalLog();
  removeSwitchPanels(d.body, switches, log);
  return log.pending.map((p) => fold(p.element.textContent ?? ''));
}

describe('panels of switches', () => {
  it('a panel of toggles goes, hashed, between the paragraphs and after them, once in Removed as chrome', () => {
    for (const html of [pageWith(toggles()), after(toggles())]) {
      const a = run(html);
      expect(a.text).not.toContain('Reading tool 2');
      expect(a.text).not.toContain('Reading tools');
      for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
      const r = removedPanels(a);
      expect(r).toHaveLength(1);
      expect(r[0].kind).toBe('chrome');
    }
  });

  it('a panel of radio buttons (a filter) goes as well, whole', () => {
    const radios = `<div class="f3">${['Newest', 'Oldest', 'Most read', 'Most shared'].map((t, i) => `<div><input type="radio" name="sort" id="o${i}"><label for="o${i}">${t}</label></div>`).join('')}</div>`;
    // Its text is only its controls' captions: removed, not worth a line in Removed (removal-report.ts).
    expect(panels(after(radios))).toEqual(['NewestOldestMost readMost shared']);
    expect(run(after(radios)).text).not.toContain('Most shared');
  });

  it('two switches, disabled ones and ticks in list items (a task list, a recipe\'s ingredients) stay', () => {
    expect(panels(pageWith(toggles(2)))).toEqual([]);
    expect(panels(pageWith(toggles(4, true)))).toEqual([]);
    expect(panels(pageWith(toggles(4)))).toHaveLength(1);
    const ingredients = `<h3>Ingredients</h3><ul>${['400 grams bread flour', '115 grams active starter', '300 grams warm water', '9 grams salt'].map((t, i) => `<li><input type="checkbox" id="i${i}"><label for="i${i}"></label>${t}</li>`).join('')}</ul>`;
    expect(panels(pageWith(ingredients))).toEqual([]);
    expect(run(pageWith(ingredients)).text).toContain('115 grams active starter');
  });

  it('switches with a paragraph of prose among them are no panel', () => {
    const prose = `<p>${PARAGRAPHS[6] ?? 'The council said the engineers had found more rust in the older piers than the survey of last spring had shown, and the repairs would take the whole summer to finish.'}</p>`;
    expect(panels(pageWith(toggles().replace('<h3>Reading tools</h3>', `<h3>Reading tools</h3>${prose}`)))).toEqual([]);
  });

  it("a comment form's rating stars are the comment form's, not a panel", () => {
    const form = `<form class="c4"><h3>Leave a reply</h3>${[1, 2, 3, 4, 5].map((i) => `<input type="radio" name="rating" id="s${i}"><label for="s${i}">${i} stars</label>`).join('')}<textarea name="comment"></textarea><button>Post comment</button></form>`;
    const a = run(after(form));
    expect(a.text).not.toContain('Leave a reply');
    expect(removedPanels(a)).toHaveLength(0);
    expect(a.removed.some((r) => r.kind === 'comments')).toBe(true);
  });
});
