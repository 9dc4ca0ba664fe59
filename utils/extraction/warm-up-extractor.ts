import { extractPage } from './extract-page';
import { WARM_UP_SAMPLES } from './warm-up-samples';

/** Where the sample claims to be (a reserved name: nothing is ever fetched from it, nor from the page's site). */
const SAMPLE_URL = 'https://offprint.invalid/warm-up';

const PARAGRAPH =
  '<p>The committee met on Tuesday to discuss the <a href="/plan">new plan</a> for the harbour, which has been ' +
  'delayed twice since the spring. Residents asked for <em>clear dates</em> and a public report, and the ' +
  'chair promised both before the end of the month.</p>';

/**
 * A small article with what the extractor's passes look for (navigation, a byline, JSON-LD, a lazy image, a
 * newsletter box, related links, a footer), written here: it is the extractor's own sample, not the page.
 */
const SAMPLE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan delayed again | The Sample</title>' +
  '<meta property="og:type" content="article"><meta property="og:title" content="Harbour plan delayed again">' +
  '<meta name="author" content="A. Writer"><link rel="canonical" href="' +
  SAMPLE_URL +
  '">' +
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",' +
  '"headline":"Harbour plan delayed again","datePublished":"2026-01-02T10:00:00Z",' +
  '"author":{"@type":"Person","name":"A. Writer"}}</script></head><body>' +
  '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>' +
  '<li><a href="/subscribe">Subscribe</a></li></ul></nav></header>' +
  '<main><article><h1>Harbour plan delayed again</h1><p class="byline">By <a rel="author" href="/a">A. Writer</a>' +
  ' · <time datetime="2026-01-02">2 January 2026</time></p>' +
  PARAGRAPH.repeat(3) +
  '<figure><img data-src="/harbour.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The harbour" ' +
  'width="800" height="450"><figcaption>The harbour at dawn.</figcaption></figure>' +
  '<h2>What comes next</h2>' +
  PARAGRAPH.repeat(2) +
  '<ul><li>A report in March</li><li>Works from May</li></ul><blockquote><p>We will keep our word.</p>' +
  '</blockquote>' +
  PARAGRAPH +
  '<aside class="newsletter"><h3>Get our newsletter</h3><form><input type="email" placeholder="Enter your email">' +
  '<button>Sign up</button></form></aside></article>' +
  '<section class="related"><h2>Related stories</h2><ul><li><a href="/b">Another story</a></li>' +
  '<li><a href="/c">And another</a></li></ul></section></main>' +
  '<footer><p>© The Sample</p><a href="/privacy">Privacy</a></footer></body></html>';

/**
 * Runs the extractor once on its own sample article (parsed by DOMParser: an inert document, which loads nothing and
 * runs no script), so the first Save in a page does not pay for compiling the extractor's code, its regular
 * expressions and the sanitizer's setup (a first run in a fresh page took ~6× a second one). The popup's load waits
 * for it (an auto-save follows the load at once). Reads nothing of the page it runs in, and changes nothing there.
 */
export async function warmUpExtractor(): Promise<void> {
  const doc = new DOMParser().parseFromString(SAMPLE, 'text/html');
  await extractPage(doc, SAMPLE_URL, { force: true });
}

/**
 * Then, in the background, one sample of each other kind (see warm-up-samples.ts): the article alone left the
 * thread, documentation, listing, product and service paths to be compiled during the Save (the page's extraction
 * took ~2–3× as long after the article alone as after all six samples: docs/saving.md, session 47). One page per
 * task, so the page's own scripts are not held up by one long task; it stops as soon as `stop()` says a Save has
 * started (the Save is never kept waiting for a sample it does not need). Reads nothing of the page.
 */
export async function warmUpKinds(stop: () => boolean, pages: readonly string[] = WARM_UP_SAMPLES): Promise<void> {
  for (const html of pages) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stop()) return;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    await extractPage(doc, SAMPLE_URL, { force: true });
  }
}
