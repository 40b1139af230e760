import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { tidySeparators } from '../../../src/steps/separators';
import { PLACEHOLDER_ATTR } from '../../../src/clutter/removal-log';
import { articleMarkdown } from '../../../src/index';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';

/**
 * steps/separators.ts: lines of underscores are section breaks, never paragraphs or headings, and
 * empty list items go; text that merely holds such characters, and items with something to show, stay.
 */

describe('lines of underscores', () => {
  it('become section breaks: no paragraph, heading or underlined line of "___" is left', () => {
    const a = run(pageWith(`<p>___</p><h3>________________</h3><p>* * *</p><p>Ferry times<br>___________</p>`));
    expect(a.html).not.toMatch(/[_*]{3}|\* \* \*/);
    expect(a.html).not.toMatch(/<h3/);
    expect(a.html.match(/<hr>/g)).toHaveLength(3);
    expect(a.text).not.toContain('___');
    expect(fold(a.text)).toContain(`${PARAGRAPHS[2]} Ferry times ${PARAGRAPHS[3]}`);
    const md = articleMarkdown(a.html, new JSDOM('').window.document);
    expect(md).not.toContain('\\_\\_\\_');
    expect(md).not.toMatch(/^#+ /m);
  });

  it('stay inside text: a blank to fill in, a dash between words', () => {
    const a = run(pageWith(`<p>Fill in the blank: the bridge opens in ___ weeks.</p><p>Route: north – river – south</p>`));
    expect(a.text).toContain('the bridge opens in ___ weeks.');
    expect(a.text).toContain('Route: north – river – south');
    expect(a.html).not.toContain('<hr>');
  });
});

describe('empty list items', () => {
  it('go, and a list left empty with them', () => {
    const a = run(pageWith(`<ul><li>First stop: the old mill by the river</li><li></li><li> </li><li><a href="https://riverside.example/x"></a></li><li>Second stop: the ferry landing</li></ul><ol><li></li><li>  </li></ol>`));
    expect(a.html).toContain('<ul><li>First stop: the old mill by the river</li><li>Second stop: the ferry landing</li></ul>');
    expect(a.html).not.toContain('<ol');
    expect(a.html).not.toMatch(/<li>\s*<\/li>/);
  });

  it('stay when they show something: a picture, or the place of a removal', () => {
    const { document } = new JSDOM('<div id="r"><ul><li><img src="https://riverside.example/m.png" alt=""></li><li><span data-tidy-removed="0"></span></li><li></li></ul></div>').window;
    const root = document.getElementById('r')!;
    tidySeparators(root);
    expect(root.getElementsByTagName('li')).toHaveLength(2);
    expect(root.querySelector(`[${PLACEHOLDER_ATTR}]`)).not.toBeNull();
  });
});
