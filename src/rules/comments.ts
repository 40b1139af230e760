import type { RuleGroup } from './types';

/** Comment sections, prompts and forms. */
export const comments: RuleGroup = {
  kind: 'comments',
  label: 'comment prompt',
  selectors: ['#comments', '#respond', '.comments-area', '.comment-respond', '#disqus_thread', '.fb-comments'],
  patterns: [/^let your voice be heard!?$/i, /^(leave a (comment|reply)|join the (conversation|discussion))\.?$/i],
};
