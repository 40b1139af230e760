import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { hashNames, swapTags } from '../../bench/variants/transform';
import { findLabel, guessBoxes } from '../../bench/variants/boxes';

describe('the hashed variant', () => {
  it('hashes every class and id but the ids the page’s own scripts name', () => {
    const html = `<!doctype html><html><body><main id="story" class="post-body"><template id="B:0"></template></main>
<div hidden id="S:0" class="seg"><p>Streamed</p></div><a href="#story">Top</a>
<script>$RC("B:0","S:0")</script><script src="/app.js"></script></body></html>`;
    const { document: d, close } = documentFromHtml(html);
    try {
      hashNames(d);
      expect(d.getElementById('B:0')).not.toBeNull();
      expect(d.getElementById('S:0')!.getAttribute('class')).toMatch(/^css-\w{6}$/);
      const main = d.querySelector('main')!;
      expect(main.id).toMatch(/^i\w{6}$/);
      expect(main.getAttribute('class')).toMatch(/^css-\w{6}$/);
      expect(d.querySelector('a')!.getAttribute('href')).toBe('#' + main.id);
    } finally {
      close();
    }
  });
});

describe('the retagged variant', () => {
  it('makes a <p> only of a div with no block at any depth, so the variant parses back to the same tree', () => {
    const html = `<!doctype html><html><body><main>${Array.from({ length: 40 }, (_, i) => `<div class="c"><span class="s"><div class="d">Comment ${i}</div></span></div><div class="t">Line ${i}</div>`).join('')}</main></body></html>`;
    const { document: d, close } = documentFromHtml(html);
    try {
      swapTags(d, 7);
      const printed = '<!doctype html>' + d.documentElement.outerHTML;
      // Some of the line divs became paragraphs: the swap ran.
      expect(d.querySelectorAll('p.t').length).toBeGreaterThan(5);
      expect(d.querySelectorAll('p.c')).toHaveLength(0);
      const again = documentFromHtml(printed);
      try {
        expect(again.document.documentElement.outerHTML).toBe(d.documentElement.outerHTML);
      } finally {
        again.close();
      }
    } finally {
      close();
    }
  });
});

describe('the retagged variant, its articles', () => {
  it('never makes an <article> of a div inside a menu, a sidebar, a header or a footer', () => {
    const html = `<!doctype html><html><body><nav>${Array.from({ length: 40 }, (_, i) => `<div class="m"><div class="i">Menu ${i}</div></div>`).join('')}</nav>` +
      `<main>${Array.from({ length: 40 }, (_, i) => `<div class="b"><div class="x">Block ${i}</div></div>`).join('')}</main></body></html>`;
    const { document: d, close } = documentFromHtml(html);
    try {
      swapTags(d, 3);
      // The same draw makes articles in the story's column: the guard, not chance, keeps the menu clear.
      expect(d.querySelectorAll('main article').length).toBeGreaterThan(0);
      expect(d.querySelectorAll('nav article')).toHaveLength(0);
    } finally {
      close();
    }
  });
});

describe('the boxes a page names', () => {
  it('a heading whose id is the anchor made from its words is no box, a named box is', () => {
    const para = '<p>The council met on Tuesday evening to discuss the new bridge, which has been delayed for three years.</p>';
    const html = `<!doctype html><html><body><main><div class="story">${para}<h3 id="what-are-shared-services">What are shared services?</h3>${para}` +
      `<div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a></div>${para}</div></main></body></html>`;
    const { document: d, close } = documentFromHtml(html);
    try {
      const boxes = guessBoxes(d, d.querySelector('.story')!);
      expect(boxes.map((b) => [b.kind, b.els[0].getAttribute('class')])).toEqual([['share', 'share-buttons']]);
    } finally {
      close();
    }
  });

  it("the pieces of a named box too long to move (a plea's heading and paragraphs) are no boxes of their own", () => {
    const para = '<p>The council met on Tuesday evening to discuss the new bridge, which has been delayed for three years.</p>';
    const plea = Array.from({ length: 5 }, () => '<p class="subscriptionPleaText-x1">If you enjoyed this article, please consider supporting our journalism with a subscription; it pays for the reporting you just read.</p>').join('');
    const html = `<!doctype html><html><body><main><div class="story">${para}${para}</div>` +
      `<div class="subscriptionPlea-a1"><h2 class="subscriptionPleaHeading-b2">Stand up for science</h2>${plea}</div>` +
      `<ul class="sharing"><li class="share-x"><a href="/x">X</a></li><li class="share-fb"><a href="/fb">Facebook</a></li></ul></main></body></html>`;
    const { document: d, close } = documentFromHtml(html);
    try {
      const boxes = guessBoxes(d, d.querySelector('.story')!);
      expect(boxes.map((b) => [b.kind, b.els[0].getAttribute('class')])).toEqual([['share', 'sharing']]);
    } finally {
      close();
    }
  });
});

describe('the label of a box', () => {
  const box = (inner: string): { label: string | null; close: () => void } => {
    const { document: d, close } = documentFromHtml(`<!doctype html><html><body><div class="box">${inner}</div></body></html>`);
    return { label: findLabel(d.querySelector('.box')!)?.textContent ?? null, close };
  };

  it('is a line of its own, never a word of a sentence (rewording it would change the story)', () => {
    const b = box('<p><img src="logo.svg" alt=""></p><p><strong>Proton <abbr title="Virtual Private Network">VPN</abbr></strong> is a strong contender in the <abbr>VPN</abbr> space.</p><p><strong>Downloads</strong></p>');
    expect(b.label).toBe('Downloads');
    b.close();
  });

  it('may go on with the links it introduces, and stands beside blocks', () => {
    const a = box('<p><strong>Related:</strong> <a href="/a">How to save money on car rentals</a></p>');
    expect(a.label).toBe('Related:');
    a.close();
    const b = box('<div><svg></svg><span>Share this post</span><div>The link has been copied!</div></div>');
    expect(b.label).toBe('Share this post');
    b.close();
  });
});
