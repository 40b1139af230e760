/**
 * A news page in two builds, as a site that hashes its class names ships them: the second build
 * re-hashes every generated class, wraps blocks in one more div and edits a few words. Learned rules
 * made on the first must find the same blocks on the second (test/src/rules/learned.test.ts, and the
 * browser tests serve both builds).
 */
const PARAS = [
  'The old river bridge reopened on Monday after eighteen months of repairs that replaced its deck, its railings and most of the steel beneath the roadway.',
  'Engineers found the original rivets in better shape than expected, which let the crews keep much of the structure that was built in the nineteen thirties.',
  'Traffic on the first morning was light, and cyclists made up nearly half of those who crossed before nine, according to counts kept by the city.',
  'The council had argued for a year over whether to rebuild the bridge or replace it outright, and the vote to repair it passed by a single seat.',
  'Shop owners on both banks said the closure had cost them customers, and several asked the city for help with rents during the long detour.',
  'A new lighting scheme runs along both sides of the deck, and the lamps dim late at night to keep the river dark for the bats that nest below.',
  'The final bill came in slightly under the budget set two years ago, a rare outcome that the transport office credited to a mild winter.',
  'Work on the approach roads continues through the summer, and the city warns of lane closures on weekday evenings until the end of August.',
];

export function newsPage(build: 1 | 2): string {
  const h = build === 1 ? ['css-1q2w3e', 'Layout_main__3xYz1', 'sc-bdVaJa', 'css-9k8j7h', 'e1x4r9t0'] : ['css-7h6g5f', 'Layout_main__9pQr4', 'sc-kEqXSa', 'css-2m3n4b', 'e8z2k6w1'];
  const wrap = (s: string): string => (build === 2 ? `<div class="${h[3]}">${s}</div>` : s);
  const bio = build === 1 ? 'Jane Roe covers transport and city hall for the paper and has written about the bridge since the first cracks were found.' : 'Jane Roe covers transport and city hall for the paper, and has written about the bridge ever since the first cracks were found.';
  return `<!DOCTYPE html><html lang="en"><head><title>Old bridge reopens | City News</title></head><body>
<header class="${h[0]}"><a href="/">City News</a></header>
<main class="${h[1]}"><article class="${h[4]} story">
<h1>Old bridge reopens after repairs</h1>
${PARAS.slice(0, 4).map((p) => `<p>${p}</p>`).join('\n')}
${wrap(`<section class="${h[2]} author-box" data-component="author-bio"><h3>About the author</h3><p>${bio}</p></section>`)}
${PARAS.slice(4).map((p) => `<p>${p}</p>`).join('\n')}
<section class="${h[3]}"><h3>Corrections</h3><p>An earlier version of this story gave the wrong year for the bridge's opening; it opened in nineteen thirty four, not thirty six.</p></section>
</article></main>
<aside id="sidebar" class="${h[0]}"><section class="${h[2]}"><h3>About the author</h3><p>${bio}</p></section></aside>
</body></html>`;
}
