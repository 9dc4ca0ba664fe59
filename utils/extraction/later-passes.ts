import { freeCodeBlocks } from './code-wrappers';
import { keepAdmonitions } from './admonitions';
import { keepFootnoteAsides } from './footnote-asides';
import { keepTopicAsides } from './topic-asides';
import { keepAuthorSections } from './author-sections';
import { keepDocComments } from './doc-comments';
import { keepContentTags } from './content-tags';
import { keepMemberSignatures } from './member-signatures';
import { keepEntryIndexes } from './entry-index';
import { keepSummaryGrids } from './summary-grids';
import { removeHeadingPermalinks } from './heading-permalinks';
import { removeCollapsedHeaders } from './toggle-headers';
import { removeReaderNotes } from './reader-notes';
import { removeDrawnPictures } from './drawn-pictures';
import { removeReviews } from './remove-reviews';
import { removeCrossSells } from './remove-cross-sells';
import { removeDisclaimers } from './remove-disclaimers';

/**
 * The passes extractArticle runs after the clutter pass and before Readability, in the order they run, called
 * through this record (named, like CLUTTER_RULES, so `bench:extract --ablate` and `--census` reach each of them; the
 * conditions under which each runs stay in extractArticle). Each returns nothing: it changes the working copy.
 */
export const LATER_PASSES = {
  freeCodeBlocks,
  keepAdmonitions,
  keepFootnoteAsides,
  keepTopicAsides,
  keepAuthorSections,
  keepDocComments,
  keepContentTags,
  keepMemberSignatures,
  keepEntryIndexes,
  keepSummaryGrids,
  removeHeadingPermalinks,
  removeCollapsedHeaders,
  removeReaderNotes,
  removeDrawnPictures,
  removeReviews,
  removeCrossSells,
  removeDisclaimers,
};
