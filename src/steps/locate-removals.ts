import { PLACEHOLDER_ATTR } from '../clutter/removal-log';
import { isCountedBlock } from '../render/restore';

/**
 * Where each removal sat in the final article, as the number of blocks before it, and drop the
 * placeholders. Runs right after sanitizing (which keeps the placeholders' mark and nothing else of
 * ours) and before the text is rendered, which must not see them. Removals whose placeholder did
 * not survive Readability have no position (assemble.ts reports them at -1).
 */
export function locateRemovals(root: Element): Map<number, number> {
  const positions = new Map<number, number>();
  let blocks = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  const marks: Element[] = [];
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (n.hasAttribute(PLACEHOLDER_ATTR)) {
      positions.set(Number(n.getAttribute(PLACEHOLDER_ATTR)), blocks);
      marks.push(n);
    } else if (isCountedBlock(n)) blocks++;
  }
  marks.forEach((m) => m.remove());
  return positions;
}
