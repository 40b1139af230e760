import { afterAll, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../node/document';
import { articleMarkdown, htmlToFragment, renderMarkdown } from '../../../src/index';

/**
 * src/render/markdown.ts. Tables are where the GFM rules read nodes as cells: whatever stands
 * among a row's cells (whitespace a `<pre>` keeps, text, comments, foreign elements) must neither
 * throw nor lose the text.
 */
const { document: doc, close } = documentFromHtml('<!DOCTYPE html><body></body>');
afterAll(close);

const TABLE = `<table>
  <thead>
    <tr>
      <th>Team</th>
      <th>Points</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>Home FC</td>
      <td>24</td>
    </tr>
  </tbody>
</table>`;

describe('articleMarkdown: tables', () => {
  it('a table as a GFM table', () => {
    expect(articleMarkdown(TABLE, doc)).toBe('| Team | Points |\n| --- | --- |\n| Home FC | 24  |');
  });

  it('a table inside <pre>, whose whitespace between cells survives: a GFM table, not "node.getAttribute is not a function"', () => {
    // A league table pasted into a preformatted block, as on the sports club's news post.
    expect(articleMarkdown(`<p>The table after eleven rounds:</p><pre>${TABLE}</pre>`, doc)).toContain('| Home FC | 24  |');
  });
});

describe('renderMarkdown: a live DOM where cells usually are', () => {
  /** A row built with DOM calls, as a page's script can: the parser would have moved these out. */
  function rowWith(...intruders: ((d: Document) => Node)[]): HTMLElement {
    const root = htmlToFragment(`<div><p>Before.</p>${TABLE}</div>`, doc).firstElementChild as HTMLElement;
    const rows = root.getElementsByTagName('tr');
    for (const row of Array.from(rows)) {
      const second = row.children[1];
      for (const make of intruders) row.insertBefore(make(root.ownerDocument), second);
    }
    return root;
  }

  it('whitespace, a comment, a processing instruction: dropped', () => {
    const root = rowWith((d) => d.createTextNode('\n  '), (d) => d.createComment('x'), (d) => d.createProcessingInstruction('A', 'href="x"'));
    expect(renderMarkdown(root)).toContain('| Home FC | 24  |');
  });

  it('text, an SVG and a MathML element: each its own cell, its text kept', () => {
    const root = rowWith(
      (d) => d.createTextNode('loose words'),
      (d) => {
        const svg = d.createElementNS('http://www.w3.org/2000/svg', 'text');
        svg.textContent = 'svg words';
        return svg;
      },
      (d) => {
        const mi = d.createElementNS('http://www.w3.org/1998/Math/MathML', 'mi');
        mi.textContent = 'x';
        return mi;
      },
    );
    const md = renderMarkdown(root);
    expect(md).toContain('loose words');
    expect(md).toContain('svg words');
    expect(md).toMatch(/\| Home FC \| loose words \| svg words \| x\s+\| 24\s+\|/);
  });

  it('an SVG <td>, or a cell or row outside any table, is no part of a table: its text as text', () => {
    const root = htmlToFragment('<div><p>Before.</p></div>', doc).firstElementChild as HTMLElement;
    const d = root.ownerDocument;
    const svgCell = d.createElementNS('http://www.w3.org/2000/svg', 'td');
    svgCell.textContent = 'svg cell words';
    const looseRow = d.createElement('tr');
    looseRow.appendChild(d.createElement('td')).textContent = 'loose cell words';
    root.firstElementChild!.append(svgCell, looseRow);
    const md = renderMarkdown(root);
    expect(md).toContain('svg cell words');
    expect(md).toContain('loose cell words');
  });

  it('leaves the DOM it is given as it was (the reader renders its own article)', () => {
    const root = rowWith((d) => d.createTextNode(' '), (d) => d.createTextNode('loose words'));
    const before = root.innerHTML;
    renderMarkdown(root);
    expect(root.innerHTML).toBe(before);
  });
});
