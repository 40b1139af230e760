/**
 * Comment threads in the article, judged by structure (see `steps/comment-threads.ts`): the data
 * the step uses. A thread is found by its shape (blocks of one template, each signed with a date,
 * after the story); these words only support it, and each needs the shape around it.
 */

/** A comment's reply control, as its whole label: "Reply", "Antworten", "Répondre", "Responder". */
export const REPLY_LABEL = /^(reply|antworten|répondre|responder|responde)$/iu;

/**
 * The signature line of a comment: "Kathy Owen says:", "Posted by: John at …", "Comment by Jeff
 * Bowers" (Substack's aria-label), and the same in German, French and Spanish.
 */
export const SIGNED = /\b(says|said|wrote|sagt|schreibt|schrieb|dit|a écrit|dice|dijo|escribió)\s*:|\bposted by\b|\bcomment(ed)? by\b|\bkommentar von\b|\bcommentaire de\b|\bcomentario de\b/iu;

/**
 * A link to one comment of the thread: WordPress's `#comment-59617`, Substack's
 * `/comment/188654734`, a forum's or Slashdot's `comments.pl?sid=…&cid=65870295` (`commentId=`).
 */
export const COMMENT_LINK = /[#/]comments?[-/]?\d+\b|[?&](cid|comment_?id)=\d+\b/i;

/**
 * A date or time as pages print them on a comment: "December 18, 2025 05:48 PM", "18.12.2025",
 * "4d", "3 hours ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días".
 */
export const STAMP = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d+\s*(s|m|h|d|w|mo|y|min|mins|minutes?|hours?|days?|weeks?|months?|years?)( ago)?$|\bago$|\bvor \d+ \p{L}+|\bil y a \d+|\bhace \d+/iu;
