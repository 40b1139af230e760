import type { RuleGroup } from './types';

/** Comment sections, prompts and forms. */
export const comments: RuleGroup = {
  kind: 'comments',
  label: 'comment prompt',
  selectors: ['#comments', '#respond', '.comments-area', '.comment-respond', '#disqus_thread', '.fb-comments'],
  patterns: [
    /^let your voice be heard!?$/i,
    /^(leave a (comment|reply)|join the (conversation|discussion))\.?$/i,
    // The count above a comment thread, and its welcome line: "109 Comments", "All comments are welcome"
    /^(\d+|no|one) (comments?|responses?|replies)$/i,
    /^(all )?comments are welcome[.!]?$/i,
    // The prompt of an empty thread: "What do you think?", "Be the first to comment"
    /^(be the first to comment|what do you think|leave a comment below|share your thoughts)[.!?:]*$/i,
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
