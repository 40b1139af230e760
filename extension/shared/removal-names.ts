import type { Removal, RemovalKind } from '../../src/types';

/** "Removed: 2 share bars, 1 reCAPTCHA notice, …": what a user reads for each kind of removal. */
export const REMOVAL_NAMES: Record<RemovalKind, [one: string, many: string]> = {
  share: ['share bar', 'share bars'],
  recaptcha: ['reCAPTCHA notice', 'reCAPTCHA notices'],
  related: ['related-coverage block', 'related-coverage blocks'],
  newsletter: ['newsletter box', 'newsletter boxes'],
  comments: ['comment prompt', 'comment prompts'],
  chrome: ['page furniture block', 'page furniture blocks'],
  user: ['block matching your rules', 'blocks matching your rules'],
};

export function removalName(kind: RemovalKind, count = 1): string {
  return REMOVAL_NAMES[kind]?.[count === 1 ? 0 : 1] ?? String(kind);
}

export function removedSummary(removed: readonly Removal[]): string {
  const counts = new Map<RemovalKind, number>();
  for (const r of removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${removalName(kind, n)}`);
  return parts.length ? `Removed: ${parts.join(', ')}` : 'Nothing was removed';
}
