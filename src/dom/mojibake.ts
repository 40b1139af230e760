/**
 * Text that went through the wrong decoder on its way into the page. Used on the article's text
 * (steps/repair-text.ts) and on titles (metadata/clean.ts), which meet the same sites' mistake.
 */

/** Windows-1252's characters for the bytes 0x80-0x9f, where it differs from Latin-1. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** A UTF-8 lead byte read as Latin-1/Windows-1252, followed by a continuation byte read the same way. */
export const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

/**
 * UTF-8 text that was decoded as Latin-1 or Windows-1252 on its way into the page ("Investorâ€™s",
 * "JOHNSONâ€™SÂ®"): the characters are turned back into the bytes they were and decoded as UTF-8.
 * Only when every character maps to one byte and the bytes are valid UTF-8; otherwise unchanged.
 */
export function repairMojibake(s: string): string {
  if (!MOJIBAKE.test(s) || typeof TextDecoder === 'undefined') return s;
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const w = CP1252.indexOf(ch);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff) || (c >= 0x80 && c < 0xa0 && w < 0)) bytes.push(c);
    else if (w >= 0) bytes.push(0x80 + w);
    else return s;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return s;
  }
}
