import { byTag } from './tag-list';
import { inkChars } from './ink-chars';
import { UNSEEN_TAGS } from './unseen-tags';

/** Words a description needs to stand for a page's content: a site's tagline has fewer. */
const SUMMARY_WORDS = 30;
/** Characters of visible text under which a page shows nothing (an empty app root, a "Loading…"). */
const BLANK_CHARS = 40;
/** Engines that draw the whole page with a script, named by the page's `generator` meta. */
const SCRIPT_DRAWN = /^Discourse\b/i;

/** Characters of text a reader can see in `body` (scripts', styles', templates' and `<noscript>` text left out). */
function shownChars(body: Element): number {
  let n = inkChars(body);
  for (const tag of UNSEEN_TAGS) for (const x of byTag(body, tag)) n -= inkChars(x);
  return n;
}

/**
 * What a forum engine's page says it holds, when the page shows no text at all: Discourse draws everything with a
 * script and prints its crawler view only for crawlers, so a topic fetched or stored without running the script is
 * its splash screen, and the opening post is only in the description. The longer of `og:description` and
 * `description`, when it runs to 30 words or more; null on a page with text of its own. Other blank pages keep no
 * text: a benchmark's truth for a blank article is empty too, and a shop's description is no content.
 */
export function pageSummary(body: Element | null, meta: (...names: string[]) => string | null): string | null {
  if (!body || !SCRIPT_DRAWN.test(meta('generator') ?? '') || shownChars(body) >= BLANK_CHARS) return null;
  const [a, b] = [meta('og:description') ?? '', meta('description') ?? ''];
  const text = (a.length >= b.length ? a : b).trim();
  return text.split(/\s+/).length >= SUMMARY_WORDS ? text : null;
}
