import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { countTags } from '../../cli/tag-count';

/** cli/tag-count.ts: the element count the CLI refuses pages by, before parsing. */
function elements(html: string): number {
  const { document, close } = documentFromHtml(html);
  try {
    const walker = document.createTreeWalker(document, 1);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  } finally {
    close();
  }
}

describe('countTags', () => {
  it.each([
    ['a whole page', '<!DOCTYPE html><html><head><title>T</title></head><body><p>One <b>two</b></p><p>Three</p></body></html>'],
    ['html, head and body left out', '<title>T</title><p>One<p>Two'],
    ['a comment holding tags', '<p>One</p><!-- <div><div><div> --><p>Two</p>'],
    ['a script and a style holding tags', '<p>x</p><script>if (a<b) document.write("<div><span>")</script><style>p>a{}</style><p>y</p>'],
    ['a textarea and a title holding tags', '<title><b>not bold</b></title><textarea><p><p><p></textarea><p>z</p>'],
    ['upper-case names and end tags', '<DIV><P>One</P></DIV><Script>"<a>"</SCRIPT ><p>two</p>'],
  ])('%s: as many as the parser makes', (_, html) => {
    expect(countTags(html)).toBe(elements(html));
  });

  it('stops at <plaintext>, after which everything is text', () => {
    expect(countTags('<p>a</p><plaintext><p><p><p>')).toBe(elements('<p>a</p><plaintext><p><p><p>'));
  });

  it('a script or comment left open hides the rest, as it does from the parser', () => {
    expect(countTags('<p>a</p><script><p><p>')).toBe(5);
    expect(countTags('<p>a</p><!-- <p><p>')).toBe(4);
  });

  it('text with < that starts no tag counts nothing', () => {
    expect(countTags('<p>1 < 2 and 3 <= 4, <3</p>')).toBe(4);
  });

  it('100,000 paragraphs (12 MB) are counted in well under a second of CPU', () => {
    const html = '<p>' + 'A sentence of an article. '.repeat(4) + '</p>';
    const page = `<html><body>${html.repeat(100_000)}</body></html>`;
    const cpu0 = process.cpuUsage();
    expect(countTags(page)).toBe(100_003);
    const cpu = process.cpuUsage(cpu0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1000);
  });
});
