import { measureText, type TextMeasure } from '@/utils/extraction/word-count';
import { termsOf } from './search-terms';

/** The texts an article's search terms come from: its title, site, site name, byline, body text and notes. */
export interface TermsInput {
  title: string;
  site: string | null | undefined;
  siteName: string | null | undefined;
  byline: string | null | undefined;
  text: string;
  notes: string;
}

/** An article's search terms and the measure of its text (for its word count and reading time). */
export interface TermsOutput {
  terms: string[];
  measure: TextMeasure;
}

/** An article's search terms (the one definition: saves, re-indexing and the terms worker all use it). */
export function termsOfArticle(i: TermsInput): string[] {
  return termsOf(i.title, i.site, i.siteName, i.byline, i.text, i.notes);
}

/** The work of the terms worker (the same on a thread without one). */
export function makeTerms(i: TermsInput): TermsOutput {
  return { terms: termsOfArticle(i), measure: measureText(i.text) };
}
