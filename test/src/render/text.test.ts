import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { extract, htmlToFragment, renderText } from '../../../src/index';
import { PARAGRAPHS, pageWith } from '../rules/fixtures';

/** The text the rules leave behind, as `renderText` lays it out (src/render/text.ts). */
function text(html: string): string {
  const { document, close } = documentFromHtml('<body></body>');
  try {
    return renderText(htmlToFragment(html, document));
  } finally {
    close();
  }
}

describe('renderText', () => {
  it('separates paragraphs by one blank line', () => {
    expect(text('<p>One.</p><p>Two.</p>\n\n<p>Three.</p>')).toBe('One.\n\nTwo.\n\nThree.');
  });
  it('puts headings on their own lines', () => {
    expect(text('<p>Intro.</p><h2>The vote</h2><p>Seven for.</p>')).toBe('Intro.\n\nThe vote\n\nSeven for.');
  });
  it('puts list items on consecutive lines, a list apart from paragraphs', () => {
    expect(text('<p>Steps:</p><ul><li>Pour</li><li>Wait</li></ul><ol><li>Build</li></ol><p>Done.</p>')).toBe('Steps:\n\nPour\nWait\n1. Build\n\nDone.');
  });
  it('numbers ordered list items as a browser does', () => {
    expect(text('<ol><li>Pour</li><li><p>Wait</p><p>then stir.</p></li><li>Serve</li></ol>')).toBe('1. Pour\n2. Wait\nthen stir.\n3. Serve');
    expect(text('<ol start="4"><li>Four</li><li value="9">Nine</li><li>Ten</li></ol>')).toBe('4. Four\n9. Nine\n10. Ten');
    expect(text('<ol reversed><li>Three</li><li>Two</li><li>One</li></ol>')).toBe('3. Three\n2. Two\n1. One');
    expect(text('<ol><li>Outer<ol><li>Inner</li></ol></li><li>Next</li></ol>')).toBe('1. Outer\n1. Inner\n2. Next');
  });
  it('does not number an item twice when it carries its own number', () => {
    expect(text('<ol><li>1. Myth: all fat is bad</li><li>Step 2: boil</li><li>Plain</li></ol>')).toBe('1. Myth: all fat is bad\nStep 2: boil\n3. Plain');
  });
  it('never glues words across block, cell or line-break boundaries', () => {
    expect(text('<div>alpha</div><div>beta</div>')).toBe('alpha\n\nbeta');
    expect(text('<table><tr><td>cost</td><td>time</td></tr><tr><th>a</th><th>b</th></tr></table>')).toBe('cost time\n\na b');
    expect(text('<p>first<br>second</p>')).toBe('first\nsecond');
    expect(text('<p>a <em>b</em> <a href="#">c</a>d</p>')).toBe('a b cd');
    expect(text('<div>words<p>then a paragraph</p>and more</div>')).toBe('words\n\nthen a paragraph\n\nand more');
  });
  it('folds whitespace inside blocks and keeps <pre> as written', () => {
    expect(text('<p>  many \n  spaces\there </p>')).toBe('many spaces here');
    expect(text('<pre>line 1\n  line 2</pre>')).toBe('line 1\n  line 2');
  });
  it('leaves a figure with its caption out of the text: no image text, no caption', () => {
    expect(text('<figure><img src="x.jpg" alt="The bridge"><figcaption>The bridge in March.</figcaption></figure><p>Body.</p>')).toBe('Body.');
    expect(text('<p>Before.</p><figure><blockquote>Quoted words.</blockquote><figcaption>A source</figcaption></figure>')).toBe('Before.\n\nQuoted words.');
  });
});

describe('article text from the pipeline', () => {
  it('is the paragraphs, each once, separated by blank lines', () => {
    const { document, close } = documentFromHtml(pageWith('<h2>What happens next</h2><ul><li>A review</li><li>A new date</li></ul>'));
    const r = extract(document, {});
    close();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toBe(
      [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], 'What happens next', 'A review\nA new date', PARAGRAPHS[3], PARAGRAPHS[4], PARAGRAPHS[5]].join('\n\n'),
    );
  });
});
