import { describe, expect, it } from 'vitest';
import { PARAGRAPHS, fold, runArticle as run } from '../rules/fixtures';
import { documentFromHtml } from '../../../node/document';
import { RemovalLog } from '../../../src/clutter/removal-log';
import { removeCommentThreads } from '../../../src/steps/comment-threads';

/** An article page whose story is followed by `after` inside the story's own container (no class names that say "comment"). */
function storyThen(after: string, between = ''): string {
  const p = (i: number): string => `<p>${PARAGRAPHS[i]}</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed again | Riverside Post</title></head><body>
<header><a href="/">Riverside Post</a></header>
<main><article><h1>Bridge delayed again</h1>
<div class="k1">${p(0)}${p(1)}${p(2)}${between}${p(3)}${p(4)}${p(5)}
${after}</div></article></main>
<footer><p>© Riverside Post</p></footer></body></html>`;
}

const SAID = [
  'I drive over the old crossing every morning and the queues are worse every month; the council should have told us about the delay long before the budget meeting.',
  'The cost has doubled and nobody has been held to account for it. An independent review is the least the members could have asked for before voting more money.',
  'Steel prices went up everywhere, so I am not surprised, but a monthly update on the website would help those of us who plan our week around the bridge.',
];

/** Movable Type's thread: each comment a block of paragraphs signed "Posted by: NAME at DATE", here under hashed class names. */
const signedThread = (label: string): string =>
  `<div class="h7">${label}</div>` +
  SAID.map((t, i) => `<div class="c9x"><p>${t}</p><span class="s2">Posted by: <a href="mailto:reader${i}@example.org">Reader ${i}</a> at December ${18 + i}, 2025 05:4${i} PM</span></div>`).join('\n') +
  `<div class="h7">Post a comment</div>`;

/** A Substack-like thread: an avatar, a name, an age linked to the comment, the text and a reply control; no label. */
const replyThread = (reply: string, age: string): string =>
  SAID.map((t, i) => `<div class="m${i % 1}q"><div><a href="/profile/${i}">Reader ${i}</a> <a href="/p/bridge/comment/18865${i}" title="Dec 1${i}, 2025, 2:38 AM">${age}</a></div><div><p>${t}</p></div><div><a>${reply}</a> <a>Share</a></div></div>`).join('\n');

describe('comment threads by their shape', () => {
  it('signed comments after the story go as one thread, hashed and unlabelled by class', () => {
    const a = run(storyThen(signedThread('Comments')));
    for (const t of SAID) expect(a.text).not.toContain(t.slice(0, 40));
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    const threads = a.removed.filter((r) => r.kind === 'comments' && r.reason.startsWith('comment thread'));
    expect(threads).toHaveLength(1);
    for (const t of SAID) expect(threads[0].text + threads[0].html).toContain(t.slice(0, 40));
  });

  it("Movable Type's own names: signatures Readability sweeps out of the emptied paragraph it wrapped them in still sign the thread", () => {
    // `comments-post` is "unlikely" to Readability; `comments-body` is kept for its "body". Each
    // signature is loose text in its comment's div: Readability wraps it in a paragraph, sweeps the
    // span, and its cleaning drops the emptied paragraph. The post's own signature line comes first.
    const mt = `<span class="posted">Posted by Jane Roe at December 16, 2025 11:15 AM<br></span>` +
      `<div class="comments-head"><a name="comments"></a>Comments</div>` +
      SAID.map((t, i) => `<div class="comments-body">\n<p>${t}</p>\n<span class="comments-post">Posted by: <a href="mailto:reader${i}@example.org" rel="nofollow">Reader ${i}</a> at December ${18 + i}, 2025 05:4${i} PM</span>\n</div>`).join('') +
      `<div class="comments-head">Post a comment</div>`;
    const a = run(storyThen(mt));
    for (const t of SAID) expect(a.text).not.toContain(t.slice(0, 40));
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    const threads = a.removed.filter((r) => r.reason.startsWith('comment thread'));
    expect(threads).toHaveLength(1);
    for (const t of SAID) expect(threads[0].text + threads[0].html).toContain(t.slice(0, 40));
    expect(threads[0].html).toContain("Reader 1</a> at December 19, 2025 05:41 PM");
  });

  it("a theme's thread whose every other comment has another class, signed in footers Readability drops, goes whole", () => {
    const items = SAID.map((t, i) =>
      `<li class="${i % 2 ? 'k3 k4 d1' : 'k2 d1'}"><article><footer><b><a href="/about">Reader ${i}</a></b> <span>says:</span> <a href="/news/bridge#c-5961${i}"><time datetime="2025-01-2${i}">January 2${i}, 2025 at 9:1${i} am</time></a></footer><div><p>${t}</p></div></article></li>`).join('');
    const a = run(storyThen(`<h2>3 Comments</h2><ol class="q1">${items}</ol>`));
    for (const t of SAID) expect(a.text).not.toContain(t.slice(0, 40));
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    expect(a.removed.filter((r) => r.reason.startsWith('comment thread'))).toHaveLength(1);
  });

  it('a thread followed by a teaser of another post still goes: what follows a thread is no story', () => {
    const teaser = '<div class="t9"><h3><a href="/news/tram">Tram line gets a date</a></h3><p>The tram line that the council promised for the east of the town now has a start date, and the first trams should run before the end of next year, the operator said on Monday.</p></div>';
    const a = run(storyThen(signedThread('Comments') + teaser));
    for (const t of SAID) expect(a.text).not.toContain(t.slice(0, 40));
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
  });

  it("a thread goes when other posts' excerpts after it run to a third of the story, and one with a single support stays when the story goes on after it", () => {
    const storyWords = PARAGRAPHS.slice(0, 6).join(' ').split(/\s+/).length;
    const excerpt = 'The council met again on Monday to discuss the tram line and the new timetable. '.repeat(2);
    const teasers = [1, 2].map((i) => `<div class="t9"><h3><a href="/news/tram-${i}">Tram line news ${i}</a></h3><p>${excerpt}</p></div>`).join('');
    // Between a quarter and a half of the story.
    expect(excerpt.split(/\s+/).filter(Boolean).length * 2 / storyWords).toBeGreaterThan(0.3);
    expect(excerpt.split(/\s+/).filter(Boolean).length * 2 / storyWords).toBeLessThan(0.45);
    const a = run(storyThen(signedThread('Comments') + teasers));
    for (const t of SAID) expect(a.text).not.toContain(t.slice(0, 40));
    const storyAfter = PARAGRAPHS.slice(0, 6).map((t) => `<p>${t}</p>`).join('');
    // Signed, under no comments label: the story's (with the label it goes, see below).
    const b = run(storyThen(signedThread('What readers told us') + storyAfter));
    for (const t of SAID) expect(b.text).toContain(t.slice(0, 40));
  });

  it('a thread with reply controls and ages goes without a label, in English and in German', () => {
    for (const [reply, age] of [['Reply', '4d'], ['Antworten', 'vor 2 Tagen']]) {
      const a = run(storyThen(replyThread(reply, age)));
      for (const t of SAID) expect(a.text, reply).not.toContain(t.slice(0, 40));
      for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
      expect(a.removed.filter((r) => r.kind === 'comments')).toHaveLength(1);
    }
  });

  /** A theme's comment: a name, "says:" and a dated link to itself, unless its date line is gone (`signed` false). */
  const comment = (t: string, i: number, signed = true): string =>
    `<li class="k2 d1"><article><div><b>Reader ${i}</b> <span>says:</span>${signed ? ` <a href="/news/bridge#c-5961${i}"><time datetime="2025-01-2${i}">January 2${i}, 2025 at 9:1${i} am</time></a>` : ''}</div><div><p>${t}</p></div></article></li>`;
  const pingback = '<li class="k5 d1"><div>Pingback: <a href="https://elsewhere.example/bridges">Bridges we are still waiting for</a></div></li>';

  it('a thread goes whole with its label and closing line, a comment without its date line and a pingback in it, as one removal', () => {
    const items = [comment(SAID[0], 0), comment(SAID[1], 1), comment(SAID[2], 2, false), comment(SAID[0].replace('every morning', 'each day'), 3), pingback].join('');
    const a = run(storyThen(`<div class="x4"><h2>What readers said</h2><ol class="q1">${items}</ol><div class="x5"><h3>Got something to say?</h3><p>We have turned off comments on this story.</p></div></div>`));
    for (const t of [...SAID, 'What readers said', 'Got something to say', 'turned off comments', 'Pingback']) expect(a.text).not.toContain(t.slice(0, 40));
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    const threads = a.removed.filter((r) => r.kind === 'comments');
    expect(threads).toHaveLength(1);
    for (const t of [...SAID, 'What readers said', 'Got something to say', 'Pingback']) expect(threads[0].text + threads[0].html).toContain(t.slice(0, 40));
  });

  it("a thread's box stops before prose beside it, and a run of bare unsigned blocks between comments ends the thread", () => {
    const note = 'The Riverside Post reported on the crossing for eleven years before the council first put the new bridge into its budget, and our archive of that coverage is open to every reader without a subscription.';
    const a = run(storyThen(`<div class="x4"><ol class="q1">${comment(SAID[0], 0)}${comment(SAID[1], 1)}</ol><p>${note}</p></div>`));
    expect(fold(a.text)).toContain(note);
    for (const t of SAID.slice(0, 2)) expect(a.text).not.toContain(t.slice(0, 40));
    // Classless divs: nothing but the bare tag says the unsigned ones are of the thread's template.
    const bare = (t: string, i: number, signed = true): string => comment(t, i, signed).replace(/^<li class="k2 d1"><article>/, '<div>').replace(/<\/article><\/li>$/, '</div>');
    const unsigned = SAID.map((t, i) => bare(t, i, false)).join('');
    const b = run(storyThen(`<div>${bare(SAID[0], 0)}${unsigned}${bare(SAID[1], 1)}</div>`));
    expect(fold(b.text)).toContain(SAID[2]);
  });

  it("a list's unsigned items before and between its signed comments are the thread's (Slashdot dates only its expanded comments)", () => {
    // Hashed classes, no label, no reply control: the support is each title's link to the comment itself (`cid=`).
    const item = (t: string, i: number, dated: boolean, replies = ''): string =>
      `<li class="z${dated ? 'f' : 'o'} q2"><div class="w8"><h4><a href="//news.example/comments.pl?sid=238&amp;cid=6587${i}">Re: the bridge</a></h4>` +
      `<div class="d4">by <a href="//news.example/~reader${i}">reader${i}</a>${dated ? ` on Friday December 19, 2025 @08:0${i}PM (<a href="//news.example/comments.pl?sid=238&amp;cid=6587${i}">#6587${i}</a>)` : ''}</div>` +
      `<div class="b3">${t}</div></div>${replies ? `<ul class="t1">${replies}</ul>` : ''}</li>`;
    const collapsed = item('Flipping burgers, probably, until the council finds the money for a new ferry instead.', 0, false, item(SAID[2], 5, false));
    const a = run(storyThen(`<ul class="c5">${collapsed}${item(SAID[0], 1, true)}${item(SAID[1], 2, false)}${item(SAID[1].replace('cost', 'price'), 3, true, item(SAID[2].replace('Steel', 'Iron'), 4, false))}</ul>`));
    for (const t of ['Flipping burgers', ...SAID]) expect(a.text).not.toContain(t.slice(0, 40));
    for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
    expect(a.removed.filter((r) => r.kind === 'comments')).toHaveLength(1);
  });

  it('comments printed as <article>s go when they answer each other; dated <article> posts stay', () => {
    const asArticles = SAID.map((t, i) => `<article class="m4q"><div><a href="/profile/${i}">Reader ${i}</a> <a href="/p/bridge/comment/18865${i}" title="Dec 1${i}, 2025">4d</a></div><div><p>${t} ${t}</p></div><div><a>Reply</a></div></article>`).join('');
    const a = run(storyThen(asArticles));
    for (const t of SAID) expect(a.text).not.toContain(t.slice(0, 40));
    expect(a.removed.filter((r) => r.kind === 'comments')).toHaveLength(1);
    // Signed as a blog signs its posts, but nothing answers anything.
    const posts = SAID.map((t, i) => `<article class="m4q"><div><p>${t} ${t}</p></div><div>Posted by Reader ${i} at December 1${i}, 2025</div></article>`).join('');
    const b = run(storyThen(posts));
    for (const t of SAID) expect(b.text).toContain(t.slice(0, 40));
  });

  it('dated entries of the story stay: a live blog without reply, signature or label', () => {
    const entries = SAID.map((t, i) => `<div class="e1"><h3>December 1${i}, 2025, 10:0${i}</h3><p>${t}</p></div>`).join('');
    const a = run(storyThen(entries));
    for (const t of SAID) expect(a.text).toContain(t.slice(0, 40));
  });

  it('signed blocks with story after them stay (letters to the editor quoted in the story)', () => {
    const letters = SAID.map((t, i) => `<div class="c9x"><p>${t}</p><span class="s2">Posted by: Reader ${i} at December ${18 + i}, 2025</span></div>`).join('');
    const a = run(storyThen('', letters));
    for (const t of SAID) expect(a.text).toContain(t.slice(0, 40));
  });

  it('a thread with two supports (a comments label and signature lines) goes from between the story’s paragraphs too; with one it stays', () => {
    for (const label of ['Comments', 'Kommentare']) {
      const a = run(storyThen('', signedThread(label)));
      for (const t of SAID) expect(a.text).not.toContain(t.slice(0, 40));
      for (const p of PARAGRAPHS) expect(fold(a.text)).toContain(p);
      expect(a.removed.filter((r) => r.reason.startsWith('comment thread'))).toHaveLength(1);
    }
    // The same blocks under a heading of the story's own: signatures alone do not take them mid-story.
    const a = run(storyThen('', signedThread('What readers told us')));
    for (const t of SAID) expect(a.text).toContain(t.slice(0, 40));
  });

  it('a signed run that opens the article, its first block the story itself, stays even under a comments label (a forum, hashed)', () => {
    const story = `<div class="c9x">${PARAGRAPHS.slice(0, 6).map((t) => `<p>${t}</p>`).join('')}<span class="s2">Posted by: Editor at December 17, 2025 09:00 AM</span></div>`;
    const replies = SAID.map((t, i) => `<div class="c9x"><p>${t}</p><span class="s2">Posted by: <a href="mailto:reader${i}@example.org">Reader ${i}</a> at December ${18 + i}, 2025 05:4${i} PM</span></div>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed again | Riverside Forum</title></head><body>
<main><div class="k1"><div class="h7">Comments</div>${story}${replies}</div></main></body></html>`;
    const a = run(html);
    for (const p of PARAGRAPHS.slice(0, 6)) expect(fold(a.text)).toContain(p);
    // The step itself, given that article as it stands (a label, then the run the story opens).
    const { document, close } = documentFromHtml(`<!doctype html><html><body><div id="root"><div class="h7">Comments</div>${story}${replies}</div></body></html>`);
    try {
      const root = document.getElementById('root')!;
      removeCommentThreads(root, new RemovalLog());
      for (const p of PARAGRAPHS.slice(0, 6)) expect(fold(root.textContent ?? '')).toContain(p);
    } finally {
      close();
    }
  });
});
