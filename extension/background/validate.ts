import type { BackgroundRequest, ReaderAction } from '../shared/messages';

/**
 * Shape checks for every message the background accepts. A message must be a plain object with
 * exactly the fields of its type; anything else (an unknown type, an extra field, a tab id that is
 * not a safe non-negative integer) is rejected before any handler sees it.
 */
const ACTIONS: readonly ReaderAction[] = ['open', 'close', 'toggle'];

type Check = (m: Record<string, unknown>) => boolean;

const isTabId = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

const SHAPES: Record<BackgroundRequest['type'], { keys: string[]; check: Check }> = {
  extract: { keys: ['type', 'tabId', 'force'], check: (m) => isTabId(m.tabId) && typeof m.force === 'boolean' },
  reader: { keys: ['type', 'tabId', 'action'], check: (m) => isTabId(m.tabId) && ACTIONS.includes(m.action as ReaderAction) },
  'options:open': { keys: ['type'], check: () => true },
};

export function parseRequest(msg: unknown): BackgroundRequest | null {
  if (!msg || typeof msg !== 'object' || Array.isArray(msg)) return null;
  const m = msg as Record<string, unknown>;
  if (typeof m.type !== 'string' || !Object.prototype.hasOwnProperty.call(SHAPES, m.type)) return null;
  const shape = SHAPES[m.type as BackgroundRequest['type']];
  const keys = Object.keys(m);
  if (keys.length !== shape.keys.length || !keys.every((k) => shape.keys.includes(k))) return null;
  return shape.check(m) ? (m as unknown as BackgroundRequest) : null;
}
