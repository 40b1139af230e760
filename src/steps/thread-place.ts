import { isArticleRoot } from '../clutter/guards';
import { holdsProse, isProse, linkChars, visibleText, wordCount } from '../clutter/prose';
import { walkElements } from '../dom/elements';

/**
 * Where a comment thread stands in the article (steps/comment-threads.ts): after the story, and
 * with which of its own lines around it. Apart from how a thread is found, which is its shape.
 */

/** The story before the thread: at least this many words of prose. */
const MIN_STORY_WORDS = 100;

const BLOCK = /^(p|div|section|article|ul|ol|li|table|tbody|thead|tr|td|th|blockquote|figure|form|header|footer|aside|nav|dl|h[1-6]|pre|main)$/;

/** Prose blocks of the article, in document order: the innermost (a table cell or list item around the story is no paragraph of it). */
export function proseBlocks(root: Element): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (Array.from(el.children).some((c) => BLOCK.test(c.localName))) return true;
    if (isProse(el)) {
      out.push(el);
      return false;
    }
    return true;
  });
  return out;
}

/** Node.DOCUMENT_POSITION_*: the page's `Node` is not a global where the pipeline runs in Node.js. */
const PRECEDING = 2;
export const FOLLOWING = 4;

/**
 * Most of the story's prose after a thread: the thread was inside it (letters quoted in the story),
 * not under it. What follows a thread is a line or two, a form, or other posts' teasers, whose
 * excerpts can be a third of a short story's length (0363's "More from ALA": 0.25 kept its thread
 * once Readability had dropped the teasers' headlines). wcxb-dev: no page changes from 0.25 to 0.5.
 */
const MAX_AFTER_SHARE = 0.5;

/** The run of `items` comes after the story: prose before it, and after it at most a small share of that. */
export function afterStory(items: Element[], prose: Element[], root: Element): boolean {
  const { before, after } = storyAround(items, prose, root);
  return before >= MIN_STORY_WORDS && after <= before * MAX_AFTER_SHARE;
}

/** A paragraph of the story: the measure of article prose. */
const MIN_PARAGRAPH_WORDS = 25;

/** Whether the story has begun before the run: a paragraph of its prose at least. */
export function storyBefore(items: Element[], prose: Element[], root: Element): boolean {
  return storyAround(items, prose, root).before >= MIN_PARAGRAPH_WORDS;
}

/** The words of the story's prose before the run and after it (not counting prose inside it). */
function storyAround(items: Element[], prose: Element[], root: Element): { before: number; after: number } {
  const first = items[0];
  const last = items[items.length - 1];
  let before = 0;
  let after = 0;
  for (const p of prose) {
    // (A later run this step took is gone from the article: its comments are not story after this one.)
    if (items.some((i) => i.contains(p)) || !root.contains(p)) continue;
    if (first.compareDocumentPosition(p) & PRECEDING) {
      if (!p.contains(first)) before += wordCount(visibleText(p));
    } else if (last.compareDocumentPosition(p) & FOLLOWING) after += wordCount(visibleText(p));
  }
  return { before, after };
}

/**
 * What a thread's box holds besides its comments and links: its label ("124 Reader Comments"), a
 * closing line ("Comments are closed", "Got something to say?"). A line or two.
 */
const MAX_THREAD_EXTRA_CHARS = 300;

/**
 * The thread with its own lines: the widest ancestor that holds, besides the thread, only a few
 * short lines and no prose. So the thread goes as one box with its label and its prompt, whatever
 * they say and however they are named, and comes back as one.
 */
export function threadBox(thread: Element, root: Element): Element {
  let cur = thread;
  // Links are not counted: a box's "Older comments" and pingbacks are links.
  const unlinked = (el: Element): number => visibleText(el).length - linkChars(el);
  const own = unlinked(thread);
  for (let parent = cur.parentElement; parent && parent !== root && !isArticleRoot(parent); parent = parent.parentElement) {
    if (unlinked(parent) - own > MAX_THREAD_EXTRA_CHARS || holdsProse(parent, thread)) break;
    cur = parent;
  }
  return cur;
}
