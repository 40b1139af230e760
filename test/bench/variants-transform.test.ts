import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../node/document';
import { hashNames } from '../../bench/variants/transform';

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
