/**
 * Labels of clutter boxes, reworded: for each kind, ways sites head such a box in English, German,
 * French and Spanish. A variant puts one of them where the page had its own label, so a rule that
 * only knew the page's words is caught out. `{site}` is replaced by the page's site name.
 *
 * Written from the shapes of real sites' boxes, not from the rules' patterns: the point is words
 * the rules were not written for. (The rules may know some of them; a label they do not know
 * must still go with its box, found by its shape.)
 */

export const LANGS = ['en', 'de', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The kinds of box a variant moves and relabels: the clutter kinds of the seed article. */
export const BOX_KINDS = ['share', 'related', 'comments', 'newsletter', 'recaptcha'] as const;
export type BoxKind = (typeof BOX_KINDS)[number];

export const SYNONYMS: Record<BoxKind, Record<Lang, string[]>> = {
  related: {
    en: ['Related coverage', 'Related', 'Read more', 'More on this', 'You may also like', 'Recommended', 'Also read', 'Read next', 'More from {site}', 'Keep reading'],
    de: ['Mehr zum Thema', 'Das könnte Sie auch interessieren', 'Weitere Artikel', 'Lesen Sie auch', 'Empfohlen', 'Mehr von {site}'],
    fr: ['À lire aussi', 'Sur le même sujet', 'Articles similaires', 'Vous aimerez aussi', 'Recommandé', 'Plus de {site}'],
    es: ['Relacionado', 'Te puede interesar', 'Lee también', 'Más noticias', 'Recomendado', 'Más de {site}'],
  },
  comments: {
    en: ['Let your voice be heard!', 'Join the discussion', 'Leave a comment', 'What do you think?', 'Share your thoughts', 'Comments'],
    de: ['Sagen Sie Ihre Meinung!', 'Diskutieren Sie mit', 'Kommentar schreiben', 'Was meinen Sie?', 'Kommentare'],
    fr: ['Donnez votre avis !', 'Participez à la discussion', 'Laisser un commentaire', "Qu'en pensez-vous ?", 'Commentaires'],
    es: ['¡Haz oír tu voz!', 'Únete a la conversación', 'Deja un comentario', '¿Qué opinas?', 'Comentarios'],
  },
  newsletter: {
    en: ['Get the {site} Daily', 'Sign up for our newsletter', 'Subscribe to our newsletter', 'Stay in the loop', 'Never miss a story'],
    de: ['Newsletter abonnieren', 'Melden Sie sich für unseren Newsletter an', 'Nichts mehr verpassen', 'Der {site}-Newsletter'],
    fr: ['Abonnez-vous à notre newsletter', "Inscrivez-vous à la lettre d'information", 'Ne manquez rien', 'La newsletter de {site}'],
    es: ['Suscríbete a nuestro boletín', 'Recibe nuestra newsletter', 'No te pierdas nada', 'El boletín de {site}'],
  },
  share: {
    en: ['Share this Story:', 'Share', 'Share this article', 'Spread the word'],
    de: ['Artikel teilen', 'Teilen', 'Diesen Beitrag teilen'],
    fr: ['Partager cet article', 'Partager', 'Partagez'],
    es: ['Compartir', 'Comparte esta noticia', 'Compartir en redes'],
  },
  recaptcha: {
    en: [
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
      'This form is protected by reCAPTCHA - the Google Privacy Policy and Terms of Service apply.',
    ],
    de: ['Diese Website ist durch reCAPTCHA geschützt und es gelten die Datenschutzerklärung und Nutzungsbedingungen von Google.'],
    fr: ["Ce site est protégé par reCAPTCHA, et la Politique de confidentialité et les Conditions d'utilisation de Google s'appliquent."],
    es: ['Este sitio está protegido por reCAPTCHA y se aplican la Política de privacidad y los Términos del servicio de Google.'],
  },
};

/** The `index`-th label of `kind` in `lang` (wrapping round its list), for a site named `site`. */
export function synonym(kind: BoxKind, lang: Lang, index: number, site: string): string {
  const list = SYNONYMS[kind][lang];
  return list[index % list.length].replaceAll('{site}', site);
}

/** The longest list of any kind in `lang`: how many label variants cover every synonym once. */
export function synonymCount(lang: Lang): number {
  return Math.max(...BOX_KINDS.map((k) => SYNONYMS[k][lang].length));
}
