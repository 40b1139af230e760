import { describe, expect, it } from 'vitest';
import { pickHeadline } from '../../../src/metadata/headline';
import { BODY, meta } from './read';

describe('titles', () => {
  it('an h1 that is the site part of the page title is skipped', () => {
    const m = meta(`<head><title>Yoga Won’t Fix the Plumbing – Yoga Pathways</title></head><body><header><h1>Yoga Pathways</h1></header>${BODY}</body>`);
    expect(m.title).toBe('Yoga Won’t Fix the Plumbing – Yoga Pathways');
    expect(pickHeadline([{ text: 'Yoga Pathways' }], 'Yoga Pathways', null, new Set(['yoga pathways']))).toBeNull();
    expect(pickHeadline([{ text: 'Yoga Won’t Fix the Plumbing' }], 'Yoga Won’t Fix the Plumbing – Yoga Pathways', null, new Set(['yoga pathways']))?.text)
      .toBe('Yoga Won’t Fix the Plumbing');
  });
  it('a permalink glyph after the h1 is not part of the title', () => {
    expect(meta(`<body><h1>Evolve: Shared Mutable History<a class="headerlink" href="#e">¶</a></h1>${BODY}</body>`).title).toBe('Evolve: Shared Mutable History');
    expect(meta(`<body><h1>We're #1</h1>${BODY}</body>`).title).toBe("We're #1");
  });
  it('a date printed inside the h1 is not part of the title', () => {
    expect(meta(`<body><h1><time>Dec 18 2025</time> Preparing a transition in Debusine</h1>${BODY}</body>`).title).toBe('Preparing a transition in Debusine');
    expect(meta(`<body><h1>Council minutes 2025-03-04</h1>${BODY}</body>`).title).toBe('Council minutes');
    expect(meta(`<body><h1>May 2025 in review</h1>${BODY}</body>`).title).toBe('May 2025 in review');
    expect(meta(`<body><h1>March 4, 2025</h1>${BODY}</body>`).title).toBe('March 4, 2025');
  });
  it('a line break or a block inside the h1 separates words; inline markup does not split them', () => {
    expect(meta(`<body><h1> WEEKEND<br>CODING<br> <span class="accent">AGENT</span> </h1>${BODY}</body>`).title).toBe('WEEKEND CODING AGENT');
    expect(meta(`<body><h1>Top MBA Programs<div class="sub">Your Guide</div></h1>${BODY}</body>`).title).toBe('Top MBA Programs Your Guide');
    expect(meta(`<body><h1>A Beginner<em>’s</em> Gui<span>de</span></h1>${BODY}</body>`).title).toBe('A Beginner’s Guide');
  });
  it('a JSON-LD headline cut at 110 characters gives way to the whole title', () => {
    const whole = 'Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Universal Trick That 9/10 Works)';
    const cut = whole.slice(0, 107);
    const page = (og: string) => `<head><title>${og}</title><script type="application/ld+json">{"@type":"Article","headline":"${cut}"}</script></head><body>${BODY}</body>`;
    expect(meta(page(`${whole} - Emily Henderson`)).title).toBe(`${whole} - Emily Henderson`);
    // A title that only adds the site's name is not a longer headline.
    expect(meta(page(`${cut} | Emily Henderson`)).title).toBe(cut);
  });
});
