import type { Candidates } from './provenance';
import type { PageSignals } from '../types';

/** What the metadata reader answers for a page (null: no source said). */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  excerpt: string | null;
  leadImage: string | null;
  lang: string | null;
  /** Every source's answer for the facts whose provenance is recorded (provenance.ts). */
  candidates?: Candidates;
  /** The article as the JSON-LD describes it (warnings/). */
  ldArticle?: NonNullable<PageSignals['ld']>;
}
