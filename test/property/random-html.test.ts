import fc from 'fast-check';
import { describe, it } from 'vitest';
import { pageArb } from './arbitraries';
import { cleanChecked, stats } from './check-output';
import { FUZZ_SEED, assertProperty, runs, wallMs } from './config';
import { CORPUS_AVAILABLE } from '../corpus/readability-corpus';

/**
 * Random hostile HTML never throws, never hangs and always comes out sanitized. Together with the
 * mutated-corpus property this is over 1,000 cases per run.
 */
const RANDOM_RUNS = runs(CORPUS_AVAILABLE ? 650 : 1000);

describe(`random HTML (seed ${FUZZ_SEED})`, () => {
  it(`${RANDOM_RUNS} random pages: no throw, no hang, sanitized output`, { timeout: wallMs(300_000) }, () => {
    assertProperty(
      // `force` ("Try anyway") lets many more random pages through to the renderers.
      fc.property(pageArb, fc.boolean(), (html, force) => {
        cleanChecked(html, undefined, force);
      }),
      RANDOM_RUNS,
    );
    // Not an assertion: how the cases came out, so a run shows what the property exercised.
    console.info(`random HTML, seed ${FUZZ_SEED}:`, JSON.stringify(stats));
  });
});
