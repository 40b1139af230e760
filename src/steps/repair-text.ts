import { MOJIBAKE, repairMojibake } from '../dom/mojibake';

/**
 * Repair double-encoded text in the article. Some sites store UTF-8 text that was once
 * decoded as Windows-1252 and encoded again, so the page itself says "isnâ€™t", "Earthâ€™s" or
 * "1.Â Â Myth" (it is in the bytes, not our decoding: the page declares UTF-8 and is). A reader
 * should see "isn’t". Each text node is turned back into the bytes it was and decoded as UTF-8,
 * only when all of its characters are such bytes and they form valid UTF-8; anything else ("café",
 * a node with a character no single byte gives) is left exactly as it is.
 *
 * Runs on the extracted article after the last removals and before sanitizing: the article is
 * small, so one walk over its text is cheap, and the whole page is never walked. It changes text
 * only, never markup, so sanitizing after it sees what it would have seen.
 */
export function repairArticleText(root: Element): number {
  let repaired = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue;
    if (!v || !MOJIBAKE.test(v)) continue;
    const fixed = repairMojibake(v);
    if (fixed !== v) {
      n.nodeValue = fixed;
      repaired++;
    }
  }
  return repaired;
}
