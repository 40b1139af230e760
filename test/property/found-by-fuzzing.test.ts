import { describe, expect, it } from 'vitest';
import { cleanChecked } from './check-output';

/**
 * Cases the properties found, kept as plain regression tests so they run every time, whatever
 * the seed. Each is a whole page through the CLI's Node path with the same checks.
 */
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a page found by the fuzzer has enough ordinary words, commas, and sentences to count as an article.</p>`).join('');

describe('found by fuzzing', () => {
  it('a doctype with no name or an invalid one (jsdom refuses to clone it) still gives the article', () => {
    for (const doctype of ['<!DOCTYPE>', '<!doctype html!>', '<!DOCTYPE<scr<script>ipt>alert(1)</scr</script>ipt> html>']) {
      const r = cleanChecked(`${doctype}<html><head><title>T</title></head><body><article><h1>Title</h1>${PROSE}</article></body></html>`);
      expect(r.ok, doctype).toBe(true);
    }
  });

  it('a <base> whose only href is prefixed, before a <style> (jsdom throws while parsing), is one clear parse-error', () => {
    const r = cleanChecked(`<!DOCTYPE html><html><head><base xlink:href="x"><style>p{}</style></head><body><article>${PROSE}</article></body></html>`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('parse-error');
  });
});
