import { documentFromHtml } from '../../../node/document';
import { extract } from '../../../src/index';
import type { Article, RemovalKind, UserRule } from '../../../src/types';

/**
 * Per-kind fixtures for the clutter rules. A positive fixture is clutter as sites print it, placed
 * inside an article between real paragraphs: the pipeline must take it out and report it with the
 * group's kind. A negative fixture is article text that looks like clutter (the same words, a
 * link to the same site): it must stay. `gone`/`kept` are phrases checked in the article text.
 */
export interface RuleFixture {
  name: string;
  html: string;
  /** Text that must not reach the article (positive) or must (negative). */
  phrases: string[];
}

export interface KindFixtures {
  kind: RemovalKind;
  positive: RuleFixture[];
  negative: RuleFixture[];
}

const SHARE_LINKS =
  '<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fa">Facebook</a> ' +
  '<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.org%2Fa">Twitter</a> ' +
  '<a href="mailto:?subject=Bridge&amp;body=https%3A%2F%2Fexample.org%2Fa">Email</a>';

export const RULE_FIXTURES: KindFixtures[] = [
  {
    kind: 'share',
    positive: [
      { name: 'a named share bar', html: `<div class="share-buttons">${SHARE_LINKS}</div>`, phrases: ['Facebook', 'Twitter'] },
      {
        name: 'hashed classes, only the share links to go by',
        html: `<div class="css-b5n6m7"><span class="css-c6v7b8">Share this Story:</span> ${SHARE_LINKS.replace('>Facebook<', '>Share On Facebook<')}</div>`,
        phrases: ['Share this Story', 'Share On Facebook'],
      },
      { name: 'AddToAny', html: `<div class="addtoany_share_save_container"><div class="a2a_kit"><a class="a2a_button_x">Post</a> <a class="a2a_dd">Share</a></div></div>`, phrases: ['Post Share'] },
      { name: 'Jetpack', html: `<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="https://example.org/a?share=facebook">Facebook</a></li><li><a href="https://example.org/a?share=x">X</a></li></ul></div>`, phrases: ['Share this:'] },
      {
        name: 'a German share box, hashed: its label and links through the page itself',
        html: `<section class="k81"><h3 class="k82">Artikel teilen</h3><ul><li><a href="https://example.org/a?share=bluesky">Bluesky</a></li><li><a href="https://example.org/a?share=mastodon">Mastodon</a></li></ul></section>`,
        phrases: ['Artikel teilen', 'Bluesky', 'Mastodon'],
      },
      { name: 'a French share label over a like widget, hashed', html: `<div class="k83"><h3 class="k84">Partager cet article</h3><div class="k85"><span>J’aime</span> <span>Chargement…</span></div></div>`, phrases: ['Partager cet article'] },
      { name: 'a Spanish share label alone', html: `<p class="k86">Compartir en redes:</p>`, phrases: ['Compartir en redes'] },
      { name: 'a bare "Share this" line', html: `<p class="x1">Share this article on Facebook or X</p>`, phrases: ['Share this article'] },
      { name: 'a follow line, hashed', html: `<p class="f2">Follow Riverside Post on Instagram</p>`, phrases: ['Follow Riverside Post on Instagram'] },
      { name: 'a social follow box', html: `<div class="follow-us-box"><p>Follow Riverside Post</p><a href="https://www.facebook.com/riversidepost">Facebook</a> <a href="https://www.instagram.com/riversidepost">Instagram</a></div>`, phrases: ['Follow Riverside Post'] },
    ],
    negative: [
      { name: 'share prices', html: `<p>Share prices fell sharply on Monday after the company said it would share its research with regulators, a decision analysts called unusual for a firm of its size.</p>`, phrases: ['Share prices fell sharply'] },
      { name: 'a German sentence that opens with the word', html: `<p>Teilen Sie uns mit, wie Sie die neue Brücke finden: Der Gemeinderat will die Meinungen der Anwohner im Frühjahr auswerten und dann über den Fußweg entscheiden.</p>`, phrases: ['Teilen Sie uns mit'] },
      { name: 'a Spanish heading of the story', html: `<h3>Compartir el agua del río</h3><p>Los dos pueblos firmaron un acuerdo para compartir el agua del río durante el verano, después de tres años de disputas ante el tribunal regional.</p>`, phrases: ['Compartir el agua del río', 'Los dos pueblos firmaron'] },
      { name: "a link to a site's Facebook page", html: `<p>The group posted a statement on <a href="https://www.facebook.com/riversidegroup">its Facebook page</a> late on Tuesday, calling the decision a betrayal of the members who had voted for it.</p>`, phrases: ['its Facebook page late on Tuesday'] },
      { name: 'an invitation to follow inside a closing paragraph', html: `<p>I hope this walk along the river helps you plan your own. If you need help, you can ask at the library, and you can also follow us on Mastodon for the next walk.</p>`, phrases: ['I hope this walk along the river helps you plan your own'] },
      { name: 'follow in the story', html: `<p>Follow the river north from the bridge and you reach the old mill, which the council bought last year and plans to turn into a museum.</p>`, phrases: ['Follow the river north from the bridge'] },
      { name: 'a follow-up story in a section of its own', html: `<div class="follow-up"><p>${'In a follow-up interview, the engineer said the foundations had been checked twice, and that the contractor had been warned about the wet ground before the first pour. '.repeat(8)}</p></div>`, phrases: ['In a follow-up interview, the engineer said'] },
      { name: 'an email address in the text', html: `<p>Readers with information can write to the newsroom at <a href="mailto:tips@example.org">tips@example.org</a>, and the editors promise to answer every letter.</p>`, phrases: ['tips@example.org'] },
    ],
  },
  {
    kind: 'recaptcha',
    positive: [
      { name: 'the notice in German, hashed', html: `<p class="x8k">Diese Website ist durch reCAPTCHA geschützt und es gelten die Datenschutzerklärung und Nutzungsbedingungen von Google.</p>`, phrases: ['durch reCAPTCHA geschützt'] },
      { name: 'the notice under a form', html: `<div class="css-q1w2e3"><small>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</small></div>`, phrases: ['protected by reCAPTCHA'] },
      { name: 'the badge', html: `<div class="grecaptcha-badge"><span>protected by reCAPTCHA</span> <a href="https://policies.google.com/privacy">Privacy</a> - <a href="https://policies.google.com/terms">Terms</a></div>`, phrases: ['protected by reCAPTCHA'] },
    ],
    negative: [
      { name: 'an article about reCAPTCHA', html: `<p>Researchers found that reCAPTCHA puzzles take people about ten seconds to solve, and that the Google Privacy Policy says little about what the service keeps.</p>`, phrases: ['reCAPTCHA puzzles take people'] },
    ],
  },
  {
    kind: 'related',
    positive: [
      { name: 'a teaser card between paragraphs, hashed, in Spanish', html: `<div class="t1"><div class="t2">Más noticias</div><div class="t3"><a href="https://riverside.example/news/ferry-returns">The old ferry returns to the river</a></div><div class="t4">12 de marzo de 2024</div></div>`, phrases: ['Más noticias', 'The old ferry returns', '12 de marzo'] },
      { name: 'a related-posts box', html: `<div class="related-posts"><h3>Related Posts</h3><ul><li><a href="/council-budget">Council approves the budget</a></li><li><a href="/mayor">Mayor answers critics</a></li></ul></div>`, phrases: ['Related Posts', 'Council approves the budget'] },
      { name: 'a heading and its list, hashed', html: `<h3 class="k3">You may also like</h3><ul class="k4"><li><a href="/ferry">Ferry service cut again</a></li><li><a href="/tram">Tram line gets a date</a></li></ul>`, phrases: ['You may also like', 'Ferry service cut again'] },
      { name: 'a teaser block opening with its heading', html: `<div class="x7"><div class="x8">Related coverage</div><div class="x9">October 13, 2019 6:17 am <a href="/2019/10/13/the-war/"><strong>The Americans, the Kurds, the War</strong></a> - Two days after announcing the decision, the president changed course...</div></div>`, phrases: ['Related coverage', 'The Americans, the Kurds, the War'] },
      { name: 'a "You might like" heading and its list', html: `<h3 class="r5">You might like</h3><div class="r6"><a href="/ferry">Ferry service cut again</a> <a href="/tram">Tram line gets a date</a></div>`, phrases: ['You might like', 'Ferry service cut again'] },
      { name: 'a "You might also like:" line', html: `<p class="r7"><em>You might also like: <a href="/ferry-cuts">The ferry cuts and what they mean</a></em></p>`, phrases: ['The ferry cuts and what they mean'] },
      { name: 'a "Read more:" line', html: `<p class="y2"><strong>Read more:</strong> <a href="/bridge-costs">Why the bridge costs twice what was promised</a></p>`, phrases: ['Why the bridge costs twice'] },
      { name: 'a "Recent posts on blogs I like:" heading over other blogs\' posts, hashed', html: `<h2 class="q4">Recent posts on blogs I like:</h2><div class="q5"><div class="q6"><h3><a href="https://anna.example/wreath">How to Make a Christmas Wreath</a></h3><p>Yesterday, I made a Christmas wreath. Here is how to make one.</p><small>via Anna's Blog December 6, 2025</small></div></div>`, phrases: ['Recent posts on blogs I like', 'How to Make a Christmas Wreath'] },
      { name: 'a popular-posts widget', html: `<div class="wpp-popular-posts"><h4>Most popular</h4><ul><li><a href="/ferry">Ferry service cut again</a></li><li><a href="/tram">Tram line gets a date</a></li></ul></div>`, phrases: ['Ferry service cut again'] },
      { name: 'a recommendation widget', html: `<div class="OUTBRAIN" data-widget-id="AR_1"><a href="https://paid.example/x">You won't believe these ten bridges</a></div>`, phrases: ["You won't believe"] },
    ],
    negative: [
      { name: 'a paragraph linking to another story of the site', html: `<p>The council first promised the crossing in 2019, as <a href="https://riverside.example/news/bridge-plan">our report on the plan</a> explained at the time, and the budget has grown every year since.</p>`, phrases: ['our report on the plan explained at the time'] },
      { name: 'a one-line link to another site', html: `<p><a href="https://council.example/minutes/2024-03">Read the minutes of the meeting</a></p>`, phrases: ['Read the minutes of the meeting'] },
      { name: 'a paragraph opening with the same words', html: `<p>Related coverage of the trial has been limited, because reporters were barred from the courtroom for most of the first week of testimony.</p>`, phrases: ['Related coverage of the trial has been limited'] },
      { name: '"you might like" inside a sentence', html: `<p>You might like the new design more than the old one, the architect told residents, because the deck is wider and the railings are lower.</p>`, phrases: ['You might like the new design'] },
      { name: '"recent posts" in a sentence', html: `<p>Recent posts on the council's website say the bridge will open in June, but the contractor has not confirmed the date to anyone we asked.</p>`, phrases: ['Recent posts on the council'] },
      { name: 'popular in the story', html: `<p>The most popular proposal at the consultation, backed by two thirds of the people who replied, was a footbridge beside the road bridge.</p>`, phrases: ['The most popular proposal at the consultation'] },
      { name: '"read more" inside a sentence', html: `<p>Those who want to read more about the engineering can find the full report at the library, where it will stay on display until the end of the year.</p>`, phrases: ['read more about the engineering'] },
    ],
  },
  {
    kind: 'newsletter',
    positive: [
      { name: 'a sign-up box with no telling words or names, known by its email field', html: `<div class="x1"><h4>Das Wichtigste am Morgen</h4><p>Jeden Tag um sechs in Ihrem Postfach.</p><form><input type="email" placeholder="Adresse"><button>Los</button></form></div>`, phrases: ['Das Wichtigste am Morgen', 'Jeden Tag um sechs'] },
      { name: 'a sign-up box', html: `<div class="newsletter-signup"><h4>The Morning Briefing</h4><p>Get the day's top stories in your inbox.</p><div><input type="email" placeholder="Email"><button>Subscribe</button></div></div>`, phrases: ["Get the day's top stories"] },
      { name: 'a sign-up line, hashed', html: `<p class="z3">Sign up for our free daily newsletter and never miss a story.</p>`, phrases: ['Sign up for our free daily newsletter'] },
      { name: 'a subscribe box by class', html: `<div class="tnp-subscription-posts"><p><strong>Would you like to receive notifications about new posts?</strong></p><form><input type="email"><button>Go</button></form></div>`, phrases: ['receive notifications about new posts'] },
      { name: 'a sign-up form by id', html: `<div id="replay-signup"><h3>Sign up for The Replay</h3><p>A weekly roundup of what we read.</p></div>`, phrases: ['A weekly roundup of what we read'] },
      { name: 'an inbox line', html: `<h4 class="z5">Receive bridge news, delivered to your inbox</h4>`, phrases: ['delivered to your inbox'] },
      { name: 'a sign-up line, hashed', html: `<p class="z4">Subscribe to get the latest posts sent to your email.</p>`, phrases: ['Subscribe to get the latest posts'] },
      { name: 'a sign-up heading and button', html: `<h3 class="q7">Join Our Newsletter</h3><p class="q8">Subscribe here!</p>`, phrases: ['Join Our Newsletter', 'Subscribe here'] },
      { name: 'a "want to keep up" email line', html: `<p class="z6">Want to keep up with the latest bridge news and exclusive council statistics? The free weekly Riverside Insider email is the best source for it.</p>`, phrases: ['The free weekly Riverside Insider email'] },
      { name: "a partner's credit line ending in its sign-up (a long pattern)", html: `<p><em>This story about the bridge was written by Jane Roe and produced by the Riverside Report, a nonprofit, independent news organization focused on local government. Sign up for </em><a href="/proof"><em>Bridge Notes</em></a><em> and other Riverside newsletters.</em></p>`, phrases: ['This story about the bridge was written by Jane Roe'] },
      { name: 'the appeal closing a post (a long pattern)', html: `<hr><p><em>Riverside Notes is a production of the Riverside Post. If you liked this article, please consider liking, sharing, and subscribing to the Riverside Digest. If you want to support the Riverside Post in continuing to cover the council, the budget and the bridge, please consider a one-off donation or becoming a regular supporter of our reporting.</em></p>`, phrases: ['If you liked this article, please consider liking'] },
    ],
    negative: [
      { name: 'subscribers in the story', html: `<p>Subscribers to the council's sign-up list for planning alerts were told about the delay a week before the meeting, and several of them came to ask why.</p>`, phrases: ["Subscribers to the council's sign-up list"] },
      { name: 'a newsletter in the story', html: `<p>The newsletter, which the council began publishing in 1998, reached about four thousand homes, and residents said they relied on it for news of planning decisions.</p>`, phrases: ['The newsletter, which the council began publishing'] },
      { name: "a partner's credit line without a sign-up", html: `<p><em>This story was produced by the Riverside Report, a nonprofit news organization, and is republished here with its permission.</em></p>`, phrases: ['This story was produced by the Riverside Report'] },
      { name: 'keeping up and liking in the story', html: `<p>Want to keep up with the council? Residents who did found the agendas hard to read. If you liked this article's first part, the second covers the vote on the bridge and what the treasurer said about it.</p>`, phrases: ['Want to keep up with the council', "If you liked this article's first part"] },
    ],
  },
  {
    kind: 'comments',
    positive: [
      { name: 'a German prompt heading its box: the blurb and button go too', html: `<div class="k1"><div class="k2">Kommentar schreiben</div><div class="k3">Diskutieren Sie unten mit.</div><a class="k4" href="/join">Jetzt mitmachen</a></div>`, phrases: ['Kommentar schreiben', 'Diskutieren Sie unten mit', 'Jetzt mitmachen'] },
      { name: 'a prompt and its blurb as siblings among the paragraphs', html: `<div class="q1">Join the discussion</div><div class="q2">Tell us below.</div><div class="q3"><a href="/join">Join the Riverside Post</a></div>`, phrases: ['Join the discussion', 'Tell us below', 'Join the Riverside Post'] },
      { name: 'a French comment form, known by its text box', html: `<div class="r1"><h3>Laisser un commentaire</h3><form><textarea name="c"></textarea><button>Envoyer</button></form></div>`, phrases: ['Laisser un commentaire'] },
      { name: 'the comment prompt', html: `<div class="css-f9g8h7">Let your voice be heard!</div>`, phrases: ['Let your voice be heard'] },
      { name: 'a comments section', html: `<div id="comments"><h3>2 Comments</h3><ol><li><p>Great piece, thanks for writing it.</p></li><li><p>The bridge was always going to cost more.</p></li></ol></div>`, phrases: ['Great piece, thanks', '2 Comments'] },
      { name: 'a "Leave a comment" heading', html: `<h3 class="q5">Leave a comment</h3>`, phrases: ['Leave a comment'] },
      { name: 'the prompt of an empty thread', html: `<div class="q9"><h2>What do you think?</h2><h4>Be the first to comment</h4></div>`, phrases: ['What do you think', 'Be the first to comment'] },
      { name: 'the count above a thread', html: `<h3 class="q6">109 Comments</h3>`, phrases: ['109 Comments'] },
      { name: "a comment form's consent line", html: `<p class="q10">By posting a comment, you consent to have your personally identifiable information collected and used in accordance with our privacy policy.</p>`, phrases: ['By posting a comment, you consent'] },
      { name: "a recipe blog's rating prompt (a long pattern)", html: `<p>Did you make one of my recipes? Please take a moment to <strong>leave a star rating</strong>. Also, if you are on Pinterest, please feel free to leave a comment there! Follow the Riverside Kitchen on <a href="https://www.facebook.com/riversidekitchen">FACEBOOK</a>, <a href="https://www.pinterest.com/riversidekitchen">PINTEREST</a> and <a href="https://www.youtube.com/@riversidekitchen">YouTube</a> and subscribe to my mailing list for all the latest recipes!</p>`, phrases: ['Did you make one of my recipes'] },
      { name: 'a feedback box, hashed: its question and the Yes/No buttons under it', html: `<div class="f1"><p class="f2">Was this page helpful?</p><div class="f3"><button class="f4">Yes</button><button class="f4">No</button></div></div>`, phrases: ['Was this page helpful', 'Yes No'] },
      { name: 'a star rating widget in French', html: `<section class="r1"><h4 class="r2">Cet article vous a-t-il été utile ?</h4><div class="r3"><span>★</span><span>★</span><span>★</span></div></section>`, phrases: ['Cet article vous a-t-il été utile'] },
      { name: 'the thanks once answered', html: `<div class="r4">Thank you for your feedback!</div>`, phrases: ['Thank you for your feedback'] },
    ],
    negative: [
      { name: 'a question about usefulness in the story', html: `<p>Was this page helpful to the council? The mayor thinks the report, which ran to forty pages, answered none of the questions the residents had asked in March.</p>`, phrases: ['Was this page helpful to the council'] },
      { name: 'a heading that asks whether the bridge was useful', html: `<h3>Was the old bridge useful?</h3><p>For sixty years the old bridge carried the town's traffic over the river, and most residents say they will miss it when the works are finished next spring.</p>`, phrases: ['Was the old bridge useful', 'For sixty years the old bridge'] },
      { name: 'a German sentence about comments', html: `<p>Kommentare auf der Website der Stadt waren bis Freitag möglich, und mehr als zweihundert Bürger haben ihre Meinung zu der Brücke abgegeben.</p>`, phrases: ['Kommentare auf der Website der Stadt'] },
      { name: 'a question in the story', html: `<p>What do you think the bridge will cost in the end? the chair asked, and nobody in the hall was willing to guess a figure.</p>`, phrases: ['What do you think the bridge will cost'] },
      { name: 'comments in the story', html: `<p>Residents were invited to leave a comment on the proposal at the library, and more than two hundred did so before the consultation closed in March.</p>`, phrases: ['leave a comment on the proposal'] },
      { name: 'consent and a recipe in the story', html: `<p>By posting a notice, the council gave residents a month to object. Did you make this recipe for the fair? the organisers asked the winner, who said she had baked it every year since 1990.</p>`, phrases: ['By posting a notice, the council gave residents'] },
    ],
  },
  {
    kind: 'chrome',
    positive: [
      { name: 'a date bar with a second calendar', html: `<div class="c1">Wednesday, October 16th | 17 Tishri 5780</div>`, phrases: ['17 Tishri 5780'] },
      { name: 'an editorial disclaimer', html: `<p><i>The opinions presented by Riverside bloggers are solely theirs and do not represent those of the Riverside Post, its publishers or editors.</i></p>`, phrases: ['The opinions presented by Riverside bloggers'] },
      { name: 'an advertiser disclosure', html: `<div class="d1"><p>Advertiser Disclosure</p></div>`, phrases: ['Advertiser Disclosure'] },
      { name: 'the ad label inside a story', html: `<div class="d2">Article continues below advertisement</div>`, phrases: ['Article continues below'] },
      { name: 'a table of contents', html: `<h2>Table of Contents</h2><ul><li><a href="#a">The vote</a></li><li><a href="#b">The cost</a></li><li><a href="#c">What next</a></li></ul>`, phrases: ['Table of Contents', 'The vote The cost'] },
      { name: 'a table of contents headed "Jump to:"', html: `<p><strong>Jump to:</strong></p><ul><li><a href="#a">The vote</a></li><li><a href="#b">The cost</a></li><li><a href="#c">What next</a></li></ul>`, phrases: ['Jump to:', 'The vote The cost'] },
      { name: 'a skip link and a pager', html: `<p><a href="#main">Skip to main content</a></p><div>Page 1 of 8</div>`, phrases: ['Skip to main content', 'Page 1 of 8'] },
      { name: 'an author bio box', html: `<p class="byline">By Jane Roe</p><div class="about_author"><div class="about_author_caption">About the Author</div><div class="author_info"><p>Jane Roe has covered the council for the Riverside Post since 2009 and writes about transport.</p></div></div>`, phrases: ['Jane Roe has covered the council for the Riverside Post since 2009', 'About the Author'] },
      { name: "a reviewer's credit and bio", html: `<p>Reviewed by Toni Golen, MD, Editor in Chief, Riverside Health Watch</p><h3>About the Reviewer</h3><p><a href="/author/toni-golen">View all posts by Toni Golen, MD</a></p>`, phrases: ['Reviewed by Toni Golen', 'About the Reviewer', 'View all posts by Toni Golen'] },
      { name: 'an author bio of one paragraph (Readability unwraps it, losing the class)', html: `<div class="entry-author-description author-bio"><p>Jane Roe first became a reporter at school, selling her stories to classmates, and has covered the council for twenty years.</p></div>`, phrases: ['Jane Roe first became a reporter at school'] },
      { name: 'an author bio of bare text in a div (Readability wraps it in a new p)', html: `<div class="hero-author--bio">Jane Roe is a content writer at the Riverside Post with more than five years of experience in local journalism and transport.</div>`, phrases: ['Jane Roe is a content writer at the Riverside Post'] },
      { name: 'a reading time and a date line', html: `<div class="m1"><div class="m2">Riverside Team | 5 min read</div></div><div class="m3">Published June 23, 2025 10:39AM</div>`, phrases: ['5 min read', 'Published June 23, 2025'] },
      { name: 'a sponsor label and a tag line', html: `<p class="t1"><b>In partnership with</b></p><p class="t2">Tags: bridges, council, transport</p>`, phrases: ['In partnership with', 'Tags: bridges'] },
      { name: 'a copyright line and post navigation', html: `<p class="copyright">© 2025 Riverside Post Ltd.</p><nav class="post-navigation"><a href="/prev">Older: Ferry service cut</a> <a href="/next">Newer: Tram line</a></nav>`, phrases: ['© 2025 Riverside Post Ltd', 'Older: Ferry service cut'] },
      { name: 'an ad label and a copyright line, hashed', html: `<div class="x5">Advertisement - Continue Reading Below</div><p class="x6">© Copyright 2004-2025 Jane Roe. All Rights Reserved.</p>`, phrases: ['Advertisement - Continue Reading Below', 'All Rights Reserved'] },
      { name: 'a copyright line that opens with the sign and the year, hashed', html: `<p class="q4">Copyright © 2023 Riverside Post. For reprints, see the permissions page.</p><div class="q5">© 2025 Loona Construction Inc</div>`, phrases: ['Copyright © 2023 Riverside Post', 'Loona Construction Inc'] },
      { name: "a copyright line with its publisher's line, in the story's container", html: `<p>© 2025 Riverside Post. All Rights Reserved. A Publication of the Riverside Trust</p>`, phrases: ['A Publication of the Riverside Trust'] },
      { name: 'a views disclaimer, promo codes, a loading placeholder, a skip link and a sponsor link', html: `<p class="n1">Note: The views expressed on Riverside.org are not necessarily those of the Riverside Institute.</p><p class="n2">Get $10 off your first order with code: BRIDGE10.</p><p class="n3">New customers get $300 in free credits to spend on Riverside Cloud.</p><p class="n5"><strong>Stop Searching &amp; Start Building. Talk To Our Bridge Engineering Experts</strong></p><p class="n6">Catch up on the Riverside Post’s in-depth coverage of transport, housing and more, and follow us on Mastodon to stay up to date.</p><p class="n4">Loading paragraph...</p><p><a href="#list">JUMP TO THE LIST ⤵</a></p><p><strong><a href="/sponsor">Sponsor this newsletter</a></strong></p>`, phrases: ['The views expressed on Riverside.org', 'Get $10 off your first order', 'New customers get $300', 'Talk To Our Bridge Engineering Experts', 'Catch up on the Riverside Post', 'Loading paragraph', 'JUMP TO THE LIST', 'Sponsor this newsletter'] },
      { name: "an investment adviser's notice (a long pattern)", html: `<p><em>Riverside Wealth Strategies, LLC is a Registered Investment Adviser. Advisory services are only offered to clients or prospective clients where Riverside Wealth Strategies, LLC and its representatives are properly licensed or exempt from licensure. Past performance is no guarantee of future returns.</em></p>`, phrases: ['is a Registered Investment Adviser'] },
      { name: 'a call-to-action box', html: `<div class="cta"><h4>Want to win more jobs with less effort?</h4><form><input type="email"><button>Start free trial</button></form></div>`, phrases: ['Want to win more jobs with less effort'] },
      { name: 'a donation box and a tag list', html: `<div class="inline-box -donate"><p>Support Riverside Post</p><p>Our reporting is free to read. Please support us by donating a small amount.</p></div><div class="post-tags"><a href="/tag/bridges">bridges</a> <a href="/tag/council">council</a></div>`, phrases: ['Support Riverside Post', 'donating a small amount'] },
      { name: 'an image credit and a date alone', html: `<figure><img src="https://example.org/deck.jpg" alt=""><figcaption>Credit: Riverside Post</figcaption></figure><p><i><time datetime="2025-12-15">15 Dec, 2025</time></i></p>`, phrases: ['Credit: Riverside Post', '15 Dec, 2025'] },
      { name: 'an affiliate disclosure and a button row', html: `<p class="d3">Disclosure: As an affiliate marketer, I earn from qualifying purchases made through links on this page.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/shop">Buy the map</a></div></div>`, phrases: ['As an affiliate marketer', 'Buy the map'] },
      { name: 'a cookie banner, in English and German', html: `<div class="z1"><p>Our website uses cookies. By continuing to navigate, we assume your permission to deploy cookies as detailed in our Privacy Policy.</p><a href="#" class="z2">Accept Cookies</a></div><div class="z3"><p>Diese Website verwendet Cookies.</p><a href="#consent" class="z4">Akzeptieren</a></div>`, phrases: ['Our website uses cookies', 'Diese Website verwendet Cookies'] },
      { name: 'a paywall breaker', html: `<div class="restricted-content-breaker"><p>Riverside+ Exclusive Story</p><p>Already have an account? <a href="/login">Log in</a></p></div>`, phrases: ['Riverside+ Exclusive Story', 'Already have an account'] },
      { name: 'a caption repeated as text', html: `<figure><img src="https://example.org/bridge.jpg" alt="The bridge in March. Photo: Jane Roe."><figcaption>The bridge in March. Photo: Jane Roe.</figcaption></figure><p class="caption-repeat">The bridge in March. Photo: Jane Roe.</p>`, phrases: [] },
    ],
    negative: [
      { name: "an old program's copyright notice quoted in the story, and a credit inside a sentence", html: `<p>(c) Copyright 1990-1994, Hewlett-Packard Company.</p><p>The logo © 2024 Hinterland of Things is shown with the organisers' permission, as the festival asked.</p>`, phrases: ['Copyright 1990-1994, Hewlett-Packard Company', 'The logo © 2024 Hinterland of Things'] },
      { name: 'a sentence about a review', html: `<p>Reviewed by the state auditor in March, the council's accounts showed that the bridge had cost twice what was budgeted, and the auditor asked for monthly reports until it opens.</p>`, phrases: ['Reviewed by the state auditor in March'] },
      { name: 'a date in a sentence', html: `<p>On Wednesday, October 16th, the council met again, and members voted to delay the decision until the engineers had reported on the foundations.</p>`, phrases: ['On Wednesday, October 16th, the council met again'] },
      { name: 'contents and advertising in the story', html: `<p>The contents of the report, including the advertisement the council ran in March, were published on Tuesday after residents asked to see them.</p>`, phrases: ['The contents of the report'] },
      { name: 'a publication date in the story', html: `<p>Published June 23, 2025, the report was the first to say that the deck would need another season, and the council did not answer it for a month.</p>`, phrases: ['Published June 23, 2025, the report'] },
      { name: 'tags and partners in the story', html: `<p>Tags on the old bridge's cables show it was inspected in partnership with the university, which has sent students to measure it every summer.</p>`, phrases: ["Tags on the old bridge's cables"] },
      { name: 'a disclosure in the story', html: `<p>Disclosure of the contractor's commission was demanded by three members, who said the council had a duty to publish what it paid.</p>`, phrases: ["Disclosure of the contractor's commission"] },
      { name: "an editor's call-to-action card the author wrote into the story", html: `<div class="kg-card kg-cta-card"><div class="kg-cta-text"><p>If this account of the vote was useful, the council's full minutes are at the library, and the clerk will post a copy to anyone who asks.</p></div></div>`, phrases: ["the council's full minutes are at the library"] },
      { name: 'footnotes in a box named as a disclaimer', html: `<div class="article-disclaimer"><p>1 Riverside Council, "Bridge budget report," October 2025.</p><p>2 State Transport Office, "Crossings survey," May 2025.</p></div>`, phrases: ['Bridge budget report', 'Crossings survey'] },
      { name: 'credit in the story', html: `<p>Credit for the rescue plan goes to the treasurer, who found the money in a reserve fund that the council had forgotten it had.</p>`, phrases: ['Credit for the rescue plan goes to the treasurer'] },
      { name: 'a sentence after a copyright line in one paragraph', html: `<p>© 2025 Riverside Post. All rights reserved. The council has asked us to print its full budget report, which runs to forty pages, next week.</p>`, phrases: ['The council has asked us to print its full budget report'] },
      { name: 'cookies and their acceptance in the story', html: `<p>Most browsers accept cookies by default, and the council's website uses cookies only to remember which language a visitor chose.</p>`, phrases: ['Most browsers accept cookies by default'] },
      { name: 'the author in the story', html: `<p>The author of the report, a retired engineer, told the meeting that the copyright on the original drawings belonged to the council, not the contractor.</p>`, phrases: ['The author of the report, a retired engineer'] },
      { name: 'opinions in the story', html: `<p>The opinions presented by residents at the meeting were mixed: some wanted the bridge finished at any cost, others wanted the money spent on buses.</p>`, phrases: ['The opinions presented by residents'] },
      { name: 'experts and coverage in the story', html: `<p>Catch up on sleep, the engineers were told, before the pour. Residents who wanted to talk to our engineering experts could do so at the library every Thursday, and many did, some of them bringing photographs of the old bridge.</p>`, phrases: ['Catch up on sleep, the engineers were told'] },
      { name: 'an offer, loading and an adviser in the story', html: `<p>The ferry company said new customers get nothing from the deal. Loading the barges took all night. Jane Roe, who is a registered investment adviser in the town, said the bonds would get 20% off their price by spring.</p>`, phrases: ['new customers get nothing from the deal', 'who is a registered investment adviser'] },
    ],
  },
];

export const PARAGRAPHS = [
  'The council met on Tuesday evening to discuss the new bridge, which has been delayed for three years, and residents filled the hall to hear what would happen next.',
  'Engineers told the meeting that the foundations, poured in the spring, had settled more than expected, and that the contractor would need another season to finish the deck.',
  'Several residents asked why the cost had doubled, and the chair answered that steel prices, a wet winter and a change of design had each added to the bill.',
  'The vote was close: seven members supported the extra money, five opposed it, and one abstained, saying she wanted an independent review before committing more funds.',
  'Work is expected to resume next month, and the council promised monthly updates on its website and in the local paper until the bridge opens to traffic.',
  'Local businesses near the river say the delay has cost them customers, and several have asked the council for help with rent until the crossing reopens.',
];

/** A realistic article page with `inner` between the third and fourth paragraphs. */
export function pageWith(inner: string): string {
  const p = (i: number): string => `<p>${PARAGRAPHS[i]}</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed again | Riverside Post</title>
<meta property="og:site_name" content="Riverside Post"></head><body>
<header><a href="/">Riverside Post</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Bridge delayed again</h1>
<div class="story">${p(0)}${p(1)}${p(2)}
${inner}
${p(3)}${p(4)}${p(5)}</div></article></main>
<footer><p>© Riverside Post</p></footer></body></html>`;
}

export const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The article extract finds in `html` (at a Riverside Post address), or a thrown error naming the failure. */
export function runArticle(html: string, rules?: UserRule[], url = 'https://riverside.example/news/bridge'): Article {
  const { document, close } = documentFromHtml(html, url);
  try {
    const r = extract(document, { url, rules });
    if (!r.ok) throw new Error(`no article: ${r.error.code}`);
    return r.article;
  } finally {
    close();
  }
}
