import { mayHoldKept, isKept } from '../dom/kept';
import type { PendingRemoval, RemovalLog } from './removal-log';

/**
 * Before removing `box` as one block: the removals inside it that `take` accepts are put back in
 * their places (the box is reported, previewed and restored with them, as one); the placeholders
 * of the others are moved out ahead of it, so those keep their places in the article. Only the
 * article's steps remove whole boxes, so this is no method of RemovalLog, which the content script
 * carries (removal-log.ts).
 */
export function absorb(log: RemovalLog, box: Element, take: (p: PendingRemoval) => boolean): void {
  // A box the user keeps (or one holding a kept block) is not removed (`remove`): what was taken
  // from it stays taken, each reported on its own.
  if (mayHoldKept(box.ownerDocument) && isKept(box)) return;
  // Again after each round: a removal put back may hold placeholders of its own.
  for (let again = true; again;) {
    again = false;
    for (const mark of Array.from(box.getElementsByTagName('span'))) {
      const p = log.of(mark);
      if (!p) continue;
      if (take(p)) {
        mark.replaceWith(p.element);
        p.absorbed = true;
        again = true;
      } else box.before(mark);
    }
  }
}
