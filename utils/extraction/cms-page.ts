/** WordPress's body classes of a page (not a post): `page-id-N`, `page-template[-…]`. */
const WP_PAGE = /(?:^|\s)(?:page-id-\d+|page-template(?:-[\w-]+)?)(?=\s|$)/;

/** WordPress's body classes of a post. */
const WP_POST = /(?:^|\s)(?:single|single-post|postid-\d+)(?=\s|$)/;

/** Drupal's body classes of a basic page or a landing page. */
const DRUPAL_PAGE = /(?:^|\s)page-node-type-(?:page|basic-page|landing-page)(?=\s|$)/;

/**
 * True when the page's `<body>` class says a CMS rendered a page (WordPress's `page-id-N` without a post's
 * `single`/`postid-N`, Drupal's basic page): og:type=article is the CMS's label on every page then, not the page's
 * kind.
 */
export function isCmsPage(doc: Document): boolean {
  const cls = doc.body?.getAttribute('class') ?? '';
  return (WP_PAGE.test(cls) && !WP_POST.test(cls)) || DRUPAL_PAGE.test(cls);
}

/** True when the page's `<body>` class says WordPress rendered a post (`single`, `postid-N`): an article's page. */
export function isCmsPost(doc: Document): boolean {
  return WP_POST.test(doc.body?.getAttribute('class') ?? '');
}
