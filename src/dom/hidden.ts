const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden by its own markup (`hidden`, `aria-hidden`, an inline `display: none`): what a reader of
 * the page never sees. Read from attributes only, since the pipeline's copy has no styles computed.
 * A lazy-loading theme's `aria-hidden` "fallback-image" is the picture itself, so it counts as shown.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
