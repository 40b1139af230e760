import { describe, expect, it } from 'vitest';
import { pageWith, runArticle as run } from './fixtures';

describe("a user's rules", () => {
  const html = pageWith('<div class="promo-box">Win a trip to the coast!</div><p>Promoted by our partners</p>');
  it('a selector and a phrase remove blocks as kind "user"', () => {
    const a = run(html, [{ selector: '.promo-box' }, { pattern: 'promoted by our partners' }]);
    expect(a.text).not.toContain('Win a trip');
    expect(a.text).not.toContain('Promoted by');
    expect(a.removed.filter((r) => r.kind === 'user').length).toBe(2);
  });
  it('a rule for another site does nothing here', () => {
    const a = run(html, [{ selector: '.promo-box', site: 'other.example' }]);
    expect(a.text).toContain('Win a trip');
  });
  it('a selector the fast matcher does not cover still works', () => {
    const a = run(html, [{ selector: 'div.story > div.promo-box' }]);
    expect(a.text).not.toContain('Win a trip');
  });
});
