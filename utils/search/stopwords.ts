/**
 * Very common English words, left out of the search index: they are in nearly every article, so
 * they would make the index much larger and narrow no search. Phrases still match them in the text.
 */
export const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in ' +
    'into is it its me my no not of on or our she so than that the their them then there these they this ' +
    'those to too was we were what when where which who will with would you your also just about after all ' +
    'any more most other out over some such up ' +
    "said says one two new only very can't"
  ).split(' '),
);
