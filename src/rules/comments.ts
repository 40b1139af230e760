import type { SelectorRules, TextRules } from './types';

/** Comment sections, prompts and forms. */
export const comments: SelectorRules = {
  kind: 'comments',
  label: 'comment prompt',
  selectors: ['#comments', '#respond', '.comments-area', '.comment-respond', '#disqus_thread', '.fb-comments'],
};

/** Its text patterns: the article's steps only (rules/index.ts). */
export const commentsText: TextRules = {
  patterns: [
    // A comment section's heading or prompt: "Let your voice be heard!", "Leave a reply", "Join the
    // discussion below", "What do you think?", "Comments", "Have your say"; then the same in German,
    // French and Spanish ("Kommentar schreiben", "Qu'en pensez-vous ?", "Deja un comentario"). The
    // label of the box (clutter/box.ts) that holds the form or link under it: words only name the
    // kind, the box is found by its shape.
    /^(let (your voice|us hear your voice) be heard|leave a (comment|reply)( below)?|join the (conversation|discussion|debate)( below)?|be the first to comment|what do you think|share your (thoughts|views|opinion)|comments|have your say|tell us what you think|(add|post|write) a comment)[.!?:…]*$/i,
    // The count above a comment thread, and its welcome line: "109 Comments", "All comments are welcome"
    /^(\d+|no|one) (comments?|responses?|replies)$/i,
    /^(all )?comments are welcome[.!]?$/i,
    /^[¡¿]?(kommentare?|kommentar (schreiben|verfassen|hinzufügen|abgeben)|diskutieren sie mit|(ihre|deine) meinung( ist gefragt)?|sagen sie (uns )?(ihre|deine) meinung|was (meinen|denken) sie( dazu)?|schreiben sie (uns )?einen kommentar|commentaires?|lai(sser|ssez) un commentaire|ajouter un commentaire|réagi(r|ssez)|participez (à la discussion|au débat)|donnez (nous )?votre avis|votre avis( nous intéresse)?|qu['’]en pensez-vous|comentarios?|deja(r)? (un|tu) comentario|añadir un comentario|únete a la conversación|participa( en la conversación| en el debate)?|qué (opinas|piensas|te parece)|danos tu opinión|haz oír tu voz)\s*[.!?:…]*$/iu,
    // A feedback prompt, the question a box of Yes/No buttons or stars sits under, and what it says
    // once answered: "Was this page helpful?", "How useful was this post?", "Click on a star to rate
    // it!", "Thank you for your feedback!", and the same question in German, French and Spanish
    // (wcxb-dev's outputs: 3 blocks, none in the truth). The box is found by its shape, as above.
    /^[¡¿]?(was (this|the) (article|page|post|story|guide|answer|information|content|recipe)( (helpful|useful))?|did you find (this|the|it)( (article|page|post|story|content|information|guide))? (helpful|useful)|how (useful|helpful) was this (article|page|post|story|guide|recipe)|is this (page|article) (helpful|useful)|(thank you|thanks) for (your|the) feedback|click on a star to rate it|rate this (article|post|page|story|guide)|no votes so far! be the first to rate this (post|article)|(war|ist) (dieser|diese) (artikel|beitrag|seite) hilfreich|(cet|cette) (article|page) (vous )?(a-t-(il|elle) été|était-(il|elle)|est-(il|elle)) utile|(te|le) (resultó|ha resultado|pareció) útil (este|esta) (artículo|página|información)|(este|esta) (artículo|página) (fue|te fue|le fue|es) útil)\s*[.!?:]*$/iu,
    // The consent line of a comment form: "By posting a comment, you consent to have your personally
    // identifiable information collected…" (screened on wcxb-dev's articles: 1 block, not in the truth)
    /^by (posting|submitting|leaving|using this form)( a| your| this)?( comment| form)?,? you (consent|agree|acknowledge)\b.{0,300}$/i,
  ],
  longPatterns: [
    // A recipe blog's rating prompt: "Did you make one of my recipes? Please take a moment to leave a
    // star rating. Also, … Follow … on FACEBOOK…" (1 block on wcxb-dev's articles, not in the truth)
    /^(did you (make|try) (this|one of (my|our|these)|any of (my|our|these)|my|our) recipes?\?|(please )?(take a moment to )?(leave|give) (a|it a|this recipe a) (star )?rating\b).{0,500}$/i,
  ],
};
