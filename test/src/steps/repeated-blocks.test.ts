import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, pageWith, runArticle as run } from '../rules/fixtures';

describe('the same content shown twice', () => {
  const section = (cls: string): string => `<div class="${cls}"><h2>What the review found</h2><p>The independent review found that the ground survey had missed a layer of clay under the east pier, and that nobody had checked it again before the pour.</p><p>It recommends a second survey for every pier, and a panel to sign off each stage of the work before the next one starts, with its minutes published.</p></div>`;
  it('a copy of a group of blocks for another screen size goes, the first copy stays', () => {
    const a = run(pageWith(section('variant desktop') + section('variant mobile')));
    expect(a.text.split('The independent review found').length - 1).toBe(1);
    expect(a.text).toContain('a panel to sign off each stage');
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    expect(a.removed.some((r) => r.reason.startsWith('the same content shown again'))).toBe(true);
  });
  it('a paragraph or a short block said twice stays twice', () => {
    const quote = '<blockquote><p>We will not let this bridge become a monument to delay.</p><p>— the chair</p></blockquote>';
    const line = '<p>The independent review found that the ground survey had missed a layer of clay under the east pier, and that nobody had checked it again before the pour of the first foundations in the spring.</p>';
    const a = run(pageWith(quote + line + quote + line));
    expect(a.text.split('monument to delay').length - 1).toBe(2);
    expect(a.text.split('The independent review found').length - 1).toBe(2);
  });
});
