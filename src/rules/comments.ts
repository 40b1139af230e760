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
  ],
};
