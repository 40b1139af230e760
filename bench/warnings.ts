import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFromHtml } from '../node/document';
import { CUT_SHORT, cutShortWarnings, extract, htmlToFragment, renderText, type Warning } from '../src/index';
import { halfOf, loadCorpus, readPage, truthText } from './run';
import { bagPage } from './scoring';

/**
 * Calibrates the cut-short warnings (src/warnings/). `--measure` runs every page of a corpus half
 * with the thresholds lifted, so each page reports every signal, and writes one JSON line per page:
 * its signals and its word-bag F1 and recall against the reference (wcxb-dev's truth; for
 * Readability's test pages, Readability's own output). `--report FILE…` applies the thresholds in
 * src/warnings/cut-short.ts (or `--set key=value`) to those lines: pages warned, precision (a warned
 * page is really cut short when it keeps under `CUT` of the reference's words) and recall on the
 * pages whose F1 is below 0.8.
 *
 *   node bin/run-ts.mjs bench/warnings.ts --measure wcxb --half even --out /tmp/even.jsonl
 *   node bin/run-ts.mjs bench/warnings.ts --report /tmp/even.jsonl
 */
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WCXB = resolve(ROOT, '../shared/corpus/wcxb-dev');
const READABILITY = resolve(ROOT, '../shared/corpus/readability');
/** Kept recall below this against the reference: the extraction really is cut short. */
const CUT = 0.8;

interface Line {
  id: string;
  f1: number;
  recall: number;
  warnings: Warning[];
}

function measure(corpus: string, half: string, out: string): void {
  const lines: string[] = [];
  const base = { ...CUT_SHORT };
  Object.assign(CUT_SHORT, { ldRatio: 0, ldMinWords: -Infinity, midSentenceChars: 0, tailRatio: -1, pageRatio: 0, pageMinWords: -Infinity });
  const run = (id: string, html: string, url: string, reference: string): void => {
    const { document, close } = documentFromHtml(html, url);
    try {
      // The time the page's prose walk takes (steps/prose-outside.ts), the signals' cost in the page.
      let last = 0;
      let proseMs = 0;
      const r = extract(document, { url, timeBudgetMs: 1e9, trace: (step, t) => {
        if (step === 'prose') proseMs = t - last;
        last = t;
      } });
      const text = r.ok ? r.article.text : '';
      const s = bagPage(reference, text);
      lines.push(JSON.stringify({ id, f1: s.f1, recall: s.recall, proseMs, warnings: r.ok ? cutShortWarnings(r.article).map(({ pageText: _, ...w }) => w) : [] }));
    } finally {
      close();
    }
  };
  if (corpus === 'wcxb') {
    const c = loadCorpus(WCXB);
    c.ids.forEach((id, i) => {
      if (half === 'all' || halfOf(id, i) === half) run(id, readPage(c, id), c.meta[id]?.url ?? '', truthText(c.truth[id]));
    });
  } else {
    const names = readdirSync(READABILITY).sort().filter((n) => existsSync(join(READABILITY, n, 'expected.html')));
    for (const name of names) {
      const d = documentFromHtml('<body></body>', 'http://fakehost/');
      const box = d.document.body;
      box.append(htmlToFragment(readFileSync(join(READABILITY, name, 'expected.html'), 'utf8'), d.document));
      const reference = renderText(box);
      d.close();
      run(name, readFileSync(join(READABILITY, name, 'source.html'), 'utf8'), 'http://fakehost/test/page.html', reference);
    }
  }
  Object.assign(CUT_SHORT, base);
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} pages -> ${out}`);
}

/** Whether a warning measured with the thresholds lifted would still be given with `t`. */
function stillWarns(w: Warning, t: typeof CUT_SHORT): boolean {
  const e = w.evidence as Record<string, number>;
  switch (w.code) {
    case 'paywalled':
    case 'jsonld-longer': return e.pageWords > e.keptWords * t.ldRatio && e.pageWords - e.keptWords >= t.ldMinWords;
    case 'ends-mid-sentence': return e.lastChars >= t.midSentenceChars;
    case 'removed-at-end': return e.removedWords > e.keptWords * t.tailRatio;
    case 'page-larger': return e.outsideWords > e.keptWords * t.pageRatio && e.outsideWords >= t.pageMinWords;
  }
}

function report(files: string[], t: typeof CUT_SHORT): void {
  for (const file of files) {
    const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
    const low = rows.filter((r) => r.f1 < 0.8);
    const cut = (r: Line) => r.recall < CUT;
    const fmt = (warned: Line[]) => {
      const real = warned.filter(cut).length;
      const caught = low.filter((r) => warned.includes(r)).length;
      return `warned ${warned.length}, cut short ${real} (precision ${warned.length ? (real / warned.length).toFixed(2) : '-'}), recall on F1<0.8 ${caught}/${low.length}`;
    };
    console.log(`${file}: ${rows.length} pages, ${low.length} with F1 < 0.8, ${rows.filter(cut).length} cut short (recall < ${CUT})`);
    for (const code of ['jsonld-longer', 'paywalled', 'ends-mid-sentence', 'removed-at-end', 'page-larger']) {
      console.log(`  ${code.padEnd(18)} ${fmt(rows.filter((r) => r.warnings.some((w) => w.code === code && stillWarns(w, t))))}`);
    }
    // A paywalled page's reference is its preview too: that warning explains a short text, it does not claim a cut.
    console.log(`  ${'any but paywalled'.padEnd(18)} ${fmt(rows.filter((r) => r.warnings.some((w) => w.code !== 'paywalled' && stillWarns(w, t))))}`);
    console.log(`  ${'any'.padEnd(18)} ${fmt(rows.filter((r) => r.warnings.some((w) => stillWarns(w, t))))}`);
  }
}

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => argv[argv.indexOf(name) + 1];
if (argv.includes('--measure')) measure(arg('--measure')!, arg('--half') ?? 'all', arg('--out')!);
else if (argv.includes('--report')) {
  const t = { ...CUT_SHORT };
  argv.forEach((a, i) => {
    if (argv[i - 1] === '--set') {
      const [k, v] = a.split('=');
      (t as Record<string, number>)[k] = Number(v);
    }
  });
  report(argv.filter((a, i) => i > argv.indexOf('--report') && !a.startsWith('--') && argv[i - 1] !== '--set'), t);
} else console.error('usage: bench/warnings.ts --measure wcxb|readability [--half even|odd|all] --out FILE | --report FILE… [--set key=value]');
