import type { SelectorRules, TextRules } from './types';

/** Share bars and buttons: the widgets of AddToAny, ShareThis, Jetpack, and hand-made ones. */
export const share: SelectorRules = {
  kind: 'share',
  label: 'share bar',
  selectors: [
    // Widget vendors
    '.addtoany_share_save_container', '.a2a_kit', '.sharethis-inline-share-buttons', '.st-sticky-share-buttons',
    '.sharedaddy', '.jp-sharing-input-touch', '.sd-sharing-enabled',
    // Links that only share the page (the block around them is judged by the engine)
    'a[href*="facebook.com/sharer"]', 'a[href*="twitter.com/intent/tweet"]', 'a[href*="x.com/intent/"]',
    'a[href*="linkedin.com/shareArticle"]', 'a[href*="pinterest.com/pin/create"]', 'a[href^="mailto:?"]',
    'a[href*="reddit.com/submit"]', 'a[href*="wa.me/?text"]', 'a[href*="api.whatsapp.com/send"]',
    // Jetpack's and other plugins' share links, which go through the page itself ("?share=x")
    'a[href*="?share="]', 'a[href*="&share="]',
    // Common class names
    '[class~="share-bar"]', '[class~="social-share"]', '[class~="share-buttons"]', '[class~="sharing"]',
    // Social follow prompts (.follow-us, .social-follow): 123 on wcxb-dev, none holding article text
    '[class*="follow"]', '[class*="social"]',
  ],
};

/** Its text patterns: the article's steps only (rules/index.ts). */
export const shareText: TextRules = {
  patterns: [
    // "Follow Hardtail Canada", "Follow us on Instagram": a short line naming whom to follow
    /^[Ff]ollow ([Uu]s|[Mm]e|\p{Lu}\p{L}+( \p{Lu}\p{L}+){0,3})( on .{3,60})?[.!]?$/u,
    /^share (this|on|via)\b.{0,80}$/i,
    // A share box's label alone, as sites in German, French, Spanish, Italian, Dutch and Portuguese
    // print it ("Artikel teilen", "Partager cet article", "Compartir en redes", "Condividi"), and
    // the English "Spread the word"; only the whole line, so a sentence that opens so stays.
    /^(spread the word|((diesen|den) )?(artikel|beitrag|seite|jetzt) teilen|teilen|partage[rz]( (cet |l[’'])article| sur les réseaux( sociaux)?)?|compart(ir|e)( (en redes( sociales)?|esta (noticia|nota|página)|este artículo))?|condividi( (questo |l[’'])articolo)?|(deel )?(dit|het) artikel( delen)?|delen|compartilh(e|ar)( (este|esta) (artigo|notícia))?|partilh(e|ar))\s*:?$/iu, /^share this story:?.{0,120}$/i, /^(share|tweet|email|print)( (share|tweet|email|print|on facebook|on twitter))*$/i],
};
