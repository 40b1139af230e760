/**
 * Readability's class alone. The package's index also loads `isProbablyReaderable`, which nothing
 * here uses: importing the class's own file keeps 1.2 KB out of the content script.
 */
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';
  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}
