import type { Article, PageKind } from '@/utils/article';

/** How each page kind is named where it is shown (list rows, the reader). */
export const PAGE_KIND_LABEL: Record<PageKind, string> = {
  article: 'Article',
  thread: 'Thread',
  documentation: 'Docs',
  product: 'Product',
  service: 'Service',
  listing: 'Listing',
};

/**
 * The label a saved page shows for its kind, or null for an article (the usual case says nothing): its
 * page kind, else "Page" for a page kept whole because it had no main content.
 */
export function pageKindLabel(a: Pick<Article, 'kind' | 'pageKind'>): string | null {
  if (a.kind === 'link') return null;
  if (a.pageKind && a.pageKind !== 'article') return PAGE_KIND_LABEL[a.pageKind] ?? null;
  return a.kind === 'page' ? 'Page' : null;
}
