import type { Removal } from '../../../src/index';
import { removalName } from './removal-names';

/**
 * Why a block was removed, in a sentence a reader understands ("Looked like a share bar: links to
 * Facebook and X."), from what the block held; the rule itself (a selector, a text pattern) is for
 * the curious, under a "Details" toggle (removed-list.ts). And whether a removal is worth listing
 * at all: an empty container is not something the reader lost.
 */
const SOCIAL: [RegExp, string][] = [
  [/(^|\.)facebook\.com$/, 'Facebook'],
  [/(^|\.)(twitter|x)\.com$/, 'X'],
  [/(^|\.)linkedin\.com$/, 'LinkedIn'],
  [/(^|\.)pinterest\.[a-z.]+$/, 'Pinterest'],
  [/(^|\.)reddit\.com$/, 'Reddit'],
  [/(^|\.)(whatsapp\.com|wa\.me)$/, 'WhatsApp'],
  [/(^|\.)(t\.me|telegram\.me)$/, 'Telegram'],
  [/(^|\.)bsky\.app$/, 'Bluesky'],
];

const MEDIA = 'img, picture, video, audio, svg, canvas, iframe, object, embed, math';

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) && !/^(one|uni|use)/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** What the block's links and forms say about it, or null. */
function evidence(r: Removal, block: ParentNode | null): string | null {
  if (block) {
    const hosts = new Set<string>();
    let mail = false;
    let links = 0;
    for (const a of block.querySelectorAll('a[href]')) {
      links++;
      const href = a.getAttribute('href') ?? '';
      if (/^mailto:/i.test(href)) mail = true;
      let host = '';
      try {
        host = new URL(href, 'https://x.invalid/').hostname.toLowerCase();
      } catch {
        continue;
      }
      for (const [re, name] of SOCIAL) if (re.test(host)) hosts.add(name);
    }
    const social = [...hosts, ...(mail ? ['email'] : [])];
    if (social.length) return `links to ${list(social)}`;
    if (r.kind === 'related' && links > 0) return `${links === 1 ? 'a link' : `${links} links`} to other articles`;
  }
  // A pattern's match is the block's own words; a step's reason is a sentence already.
  const quoted = /^.* \("(.+)"\)$/s.exec(r.reason);
  if (quoted) return `“${quoted[1]}”`;
  if (!/\(.*\)$/.test(r.reason) && r.reason !== removalName(r.kind)) return r.reason;
  return null;
}

export function whySentence(r: Removal, block: ParentNode | null): string {
  if (r.kind === 'user') return 'It matched one of your own rules.';
  const e = evidence(r, block);
  return `Looked like ${withArticle(removalName(r.kind))}${e ? `: ${e}` : ''}.`.replace(/\.\.$/, '.');
}

/** A removal with no text and no picture, video or the like: nothing a reader would miss. */
export function isEmptyRemoval(r: Removal, block: ParentNode | null): boolean {
  return !r.text.trim() && !block?.querySelector(MEDIA);
}

/** What the preview says when a block has no text but does have something to show. */
export function previewOf(r: Removal): string {
  return r.text.trim() || '(pictures or media, no text)';
}
