import type { Census } from './page-census';
import { classWordList } from './attribute-names';
import { dropUnlessArticle, sizeOf } from './clutter-guard';

/** Class and id words of a block of fine print: `disclaimer`, `product-disclaimer`, `FootnotesComponent_disclaimer`. */
const DISCLAIMER_WORD = /^disclaimers?$/;

/** What every class or id with a disclaimer word holds (the words are its parts, lower-cased). */
const DISCLAIMER_ANYWHERE = /disclaimer/i;

/** A state word before "disclaimer" that makes the block its holder (`hasDisclaimer`, `with-disclaimer`). */
const HOLDER_WORD = /^(has|with|no|without|show)$/;

/** Characters a block of fine print holds at most (a few notes); a longer one is a page's own text. */
const MAX_CHARS = 800;

/**
 * Fine print marked as such: blocks whose class or id words (split at `-`, `_` and camelCase) name a disclaimer
 * ("* Image simulated.", "Products are chosen independently by our editors…", a lender's notes under a listing,
 * "Advertisement – continue reading below"), up to 800 characters, without a heading of the page's (`<h1>`) and
 * never a block of article prose (see dropUnlessArticle). On the development folds such blocks in the kept text
 * were in the truth 1 time in 42: WCXB's truths leave a page's fine print out, whatever its words. Run on a page that
 * declares no article: a news story's disclosure ("FTC: We use income earning affiliate links") is its text for
 * Scrapinghub's truths.
 */
export function removeDisclaimers(c: Census): void {
  for (const el of c.classed) {
    // The words are split only for a class or id that names a disclaimer somewhere; whether the block is still in the
    // page is asked after (in jsdom a walk to the root).
    if (!DISCLAIMER_ANYWHERE.test(el.getAttributeNS(null, 'class') ?? '') && !DISCLAIMER_ANYWHERE.test(el.id)) continue;
    if (!el.isConnected || /^(BODY|MAIN|ARTICLE|HTML)$/.test(el.tagName)) continue;
    const words = classWordList(el);
    // `hasDisclaimer`, `with-disclaimer`: a block that holds fine print somewhere inside, not the fine print.
    if (!words.some((w, i) => DISCLAIMER_WORD.test(w) && !HOLDER_WORD.test(words[i - 1] ?? ''))) continue;
    const n = sizeOf(el).chars;
    if (!n || n > MAX_CHARS || el.getElementsByTagName('h1').length) continue;
    dropUnlessArticle(el);
  }
}
