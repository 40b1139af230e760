/**
 * Put streamed content where the page shows it. React's streaming server rendering (used
 * by Next.js and others) sends the page shell first, with a `<template id="B:n">` or
 * `<template id="P:n">` placeholder (and a "Loading…" fallback) where a part of the page will go,
 * then that part later in the stream as a hidden `<div hidden id="S:n">` at the end of the body,
 * and an inline script (`$RC`/`$RS`) moves it into place. In a browser the script has run before
 * we see the page; in a saved page, the CLI or the benchmark nothing runs, so the whole article
 * sits in a hidden div that pruning (rightly) drops as invisible, and the page fails with
 * no-article or yields its menus. This does what the script does, without running anything.
 *
 * Runs on the clone right after defusing and before metadata, pruning and Readability, so every
 * later step sees the page as a reader sees it. Cheap: it looks only at the body's own children
 * (where React appends these divs) and costs nothing on other pages.
 */

const SEGMENT_ID = /^S:[0-9a-z]+$/;

/**
 * The hidden `S:n` segments among the body's children, in document order (the copy's, or the live
 * page's: none is a form). React prints them as divs, but its script finds a segment by its id
 * alone (`getElementById`), so the page shows the segment whatever its tag: so do we.
 */
export function streamedSegments(body: Element): Element[] {
  const found: Element[] = [];
  for (let c = body.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== 'template' && c.hasAttribute('hidden') && SEGMENT_ID.test(c.id)) found.push(c);
  }
  return found;
}

function isComment(n: Node | null, data?: string): n is Comment {
  return !!n && n.nodeType === 8 && (data === undefined || (n as Comment).data === data);
}

/**
 * React's completeBoundary: the `<!--$?-->` comment before the `B:n` template opens the boundary;
 * everything up to its matching `<!--/$-->` is the fallback, replaced by the segment's children.
 * Pages saved without their comments (some savers strip them) lose those markers: the segment then
 * goes where the template is, and the fallback (a skeleton or "Loading…") stays beside it.
 */
function completeBoundary(template: Element, segment: Element): boolean {
  const open = template.previousSibling;
  const parent = template.parentNode;
  if (!parent) return false;
  if (!isComment(open, '$?')) return completeSegment(template, segment);
  let depth = 0;
  let n: ChildNode | null = open.nextSibling;
  while (n) {
    if (isComment(n)) {
      const d = n.data;
      if (d === '/$') {
        if (depth === 0) break;
        depth--;
      } else if (d === '$' || d === '$?' || d === '$!') depth++;
    }
    const next: ChildNode | null = n.nextSibling;
    n.remove();
    n = next;
  }
  while (segment.firstChild) parent.insertBefore(segment.firstChild, n);
  open.data = '$';
  segment.remove();
  return true;
}

/** React's completeSegment: the `P:n` template is replaced by the segment's children. */
function completeSegment(template: Element, segment: Element): boolean {
  const parent = template.parentNode;
  if (!parent) return false;
  while (segment.firstChild) parent.insertBefore(segment.firstChild, template);
  template.remove();
  segment.remove();
  return true;
}

/** Moves each streamed segment to its placeholder; returns how many were placed. */
export function revealStreamed(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const segments = streamedSegments(body);
  let placed = 0;
  for (const segment of segments) {
    const n = segment.id.slice(2);
    const slot = doc.getElementById(`P:${n}`);
    if (slot && slot.localName === 'template' && !segment.contains(slot)) {
      if (completeSegment(slot, segment)) placed++;
      continue;
    }
    const boundary = doc.getElementById(`B:${n}`);
    if (boundary && boundary.localName === 'template' && !segment.contains(boundary)) {
      if (completeBoundary(boundary, segment)) placed++;
    }
  }
  return placed;
}
