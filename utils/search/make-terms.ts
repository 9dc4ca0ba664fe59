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

/** The row fields an article is searched by (with its text and notes). */
export type SearchedFields = Pick<TermsInput, 'title' | 'site' | 'siteName' | 'byline'>;

/** What an article's search terms are made from (makeTerms takes it, in a worker or here). */
export function termsInput(row: SearchedFields, text: string, notes = ''): TermsInput {
  return { title: row.title, site: row.site, siteName: row.siteName, byline: row.byline, text, notes };
}

/** The searched text of an article's notes: those of its live highlights (tombstones excluded), one a line. */
export function notesOf(highlights: readonly { note: string | null; deleted: 0 | 1 }[]): string {
  return highlights
    .filter((h) => !h.deleted && h.note)
    .map((h) => h.note)
    .join('\n');
}

/** An article's search terms (the one definition: saves, re-indexing and the terms worker all use it). */
export function termsOfArticle(i: TermsInput): string[] {
  return termsOf(i.title, i.site, i.siteName, i.byline, i.text, i.notes);
}

/** The work of the terms worker (the same on a thread without one). */
export function makeTerms(i: TermsInput): TermsOutput {
  return { terms: termsOfArticle(i), measure: measureText(i.text) };
}
