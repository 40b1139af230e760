import type { Removal, RemovalKind } from '../../../src/index';

/**
 * "Removed: 2 share bars, 1 reCAPTCHA notice, …": what a user reads for each kind of removal.
 * (The pipeline never produces the type's 'ads' kind; an unknown kind reads as its own name.)
 */
const NAMES: Record<Exclude<RemovalKind, 'ads'>, [one: string, many: string]> = {
  share: ['share bar', 'share bars'],
  recaptcha: ['reCAPTCHA notice', 'reCAPTCHA notices'],
  related: ['related-coverage block', 'related-coverage blocks'],
  newsletter: ['newsletter box', 'newsletter boxes'],
  comments: ['comment prompt', 'comment prompts'],
  chrome: ['page furniture block', 'page furniture blocks'],
  user: ['block matching your rules', 'blocks matching your rules'],
};

export function removalName(kind: RemovalKind, count = 1): string {
  const names = Object.prototype.hasOwnProperty.call(NAMES, kind) ? NAMES[kind as keyof typeof NAMES] : null;
  return names ? names[count === 1 ? 0 : 1] : String(kind);
}

export function removedSummary(removed: readonly Removal[]): string {
  const counts = new Map<RemovalKind, number>();
  for (const r of removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${removalName(kind, n)}`);
  return parts.length ? `Removed: ${parts.join(', ')}` : 'Nothing was removed';
}
