/**
 * How a page is structured (utils/extraction/page-kind.ts): a single article, a thread of posts (forum topic,
 * question and answers), documentation, a product, a service or company page, or a listing of links to other
 * pages (blog index, category, search results). Independent of `kind`, which says whether main content was found.
 */
export const PAGE_KINDS = ['article', 'thread', 'documentation', 'product', 'service', 'listing'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** True for a known page kind (stored and synced records are untrusted). */
export const isPageKind = (v: unknown): v is PageKind => (PAGE_KINDS as readonly unknown[]).includes(v);

/** What the extractor produces in the page, before saving. Plain JSON: it crosses extension messaging. */
export interface ExtractedArticle {
  /** The page URL as the user saw it. */
  url: string;
  /** `<link rel=canonical>` when the page declares one. */
  canonicalUrl: string | null;
  /** Readability's isProbablyReaderable verdict on the live page. */
  readerable: boolean;
  /** 'article' when main content was found (of any page kind); 'page' when the whole page was kept on request. */
  kind: 'article' | 'page';
  /** How the page is structured (see PageKind). The extractor always sets it; absent reads as 'article'. */
  pageKind?: PageKind;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  leadImageUrl: string | null;
  /** Sanitized article HTML (DOMPurify ran in the page's content script). */
  contentHtml: string;
  /** Plain text with line breaks at blocks, for search, counts and scoring. */
  textContent: string;
  /** The page's original HTML, gzip-compressed and base64-encoded (messaging is JSON); null when over the cap. */
  originalGzipBase64: string | null;
  /** Size of the original HTML in characters, even when it was not kept. */
  originalLength: number;
  /** Absolute URLs of the images to store with the article (lead image first), as `src` in contentHtml. */
  imageUrls?: string[];
}

export type ArticleStatus = 'unread' | 'archived';

/** One row of the reading list. Never holds the body: the list must stay light. */
export interface Article {
  id: number;
  /** Normalized URL (tracking parameters and fragment removed): the unique key. */
  url: string;
  /** The URL as saved, before normalizing. */
  originalUrl: string;
  canonicalUrl: string | null;
  kind: 'article' | 'page' | 'link';
  /** How the page is structured (see PageKind). Absent on rows saved before page kinds (read as 'article'). */
  pageKind?: PageKind;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Host name without `www.`, for `site:` search and display. */
  site: string;
  lang: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  leadImageUrl: string | null;
  wordCount: number;
  /** Estimated minutes to read. */
  readingMinutes: number;
  status: ArticleStatus;
  /** 1 or 0: IndexedDB cannot index booleans. */
  favorite: 0 | 1;
  tags: string[];
  /** Reading progress, 0..1. */
  progress: number;
  savedAt: number;
  updatedAt: number;
  /**
   * Set while an import of a list is writing this row; cleared when it completes (rollback deletes by it).
   * Restores (bulk writes) record their rows beside them instead (utils/storage/import-rows.ts).
   */
  importId?: string;
  /**
   * Global id (a random UUID): the same article in every browser the library syncs to. Given when the row is
   * first written (or arrives by sync) and never recomputed; rows from before schema 4 get one from a background job.
   */
  gid?: string;
  /** When each mergeable field last changed here (stamped by the storage layer), for merging sync conflicts. */
  clocks?: ArticleClocks;
}

/** Change times (ms since epoch) of an article's fields, kept by utils/storage/outbox-middleware.ts. */
export interface ArticleClocks {
  /** Last save or undo that (re)created the article: a delete later than this wins over it. */
  life: number;
  status: number;
  favorite: number;
  title: number;
  /** Per tag, compared in lower case: [1 added | 0 removed, when]. Removals are kept so they sync. */
  tags: Record<string, [0 | 1, number]>;
}

/** The body of one article, stored apart from the list row under the same id. */
export interface ArticleContent {
  id: number;
  /** Sanitized HTML. Sanitized again before every render. */
  html: string;
  text: string;
  updatedAt: number;
}

/** The page's original HTML, gzip-compressed, for Re-extract and backups. */
export interface ArticleOriginal {
  id: number;
  gzip: Uint8Array;
  length: number;
  savedAt: number;
}

/** A stored image of an article, keyed by article and source URL. */
export interface ArticleImage {
  articleId: number;
  url: string;
  blob: Blob;
  type: string;
  bytes: number;
  width: number | null;
  height: number | null;
  savedAt: number;
}

/** The four highlight colours, in the order the reader offers them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Where a highlight sits, as offsets into the rendered article body text (W3C TextPositionSelector). */
export interface TextPosition {
  start: number;
  end: number;
}

/**
 * A highlight kept with an article (imported, or made in the reader). Its target is a W3C Web
 * Annotation-style TextQuote selector (`quote` = exact, `prefix`, `suffix`) plus a TextPosition selector
 * (`position`), both over the text of the rendered article body (utils/highlights/body-text.ts).
 */
export interface Highlight {
  /** Local row id (not stable across devices: sync merges by `gid`). */
  id?: number;
  /** Global id (UUID v4), the same on every device. */
  gid: string;
  articleId: number;
  /** The highlighted text: TextQuote `exact`. */
  quote: string;
  /** TextQuote context: up to 32 characters before and after (empty for an imported quote never anchored). */
  prefix: string;
  suffix: string;
  /** TextPosition where it was made or last found; null when never anchored. */
  position: TextPosition | null;
  color: HighlightColor;
  note: string | null;
  createdAt: number;
  /** Stamped by every change, deletion included (the newer copy wins in a merge). */
  updatedAt: number;
  /**
   * Tombstone: 1 once deleted (the row stays, so a merge does not bring it back).
   * 1/0: IndexedDB cannot index booleans.
   */
  deleted: 0 | 1;
  /**
   * Local cache, not part of the highlight's meaning (a merge may drop it): the body version
   * (`ArticleContent.updatedAt`) it was last anchored against and whether its quote was found there.
   */
  anchor: { contentAt: number; found: boolean } | null;
}

/** Work the background does in order and resumes after the service worker stops. */
export interface QueueTask {
  id?: number;
  kind: 'images' | 'save-url' | 'fetch-article';
  /** 'pending' | 'running' | 'done' | 'failed' */
  state: 'pending' | 'running' | 'done' | 'failed';
  articleId: number | null;
  url: string | null;
  /** Groups tasks started together (e.g. "save all tabs"), for progress like "12 / 30". */
  batch: string | null;
  attempts: number;
  error: string | null;
  /** Task-specific data, plain JSON. */
  data: Record<string, unknown> | null;
  createdAt: number;
  updatedAt: number;
}

/** Why a save did not happen, in a form the popup turns into words. */
export type SaveError =
  | 'restricted'
  | 'no-tab'
  | 'no-access'
  | 'not-article'
  | 'extract-failed'
  | 'quota'
  | 'storage-failed'
  /** The popup opened on a page whose save the user just undid: not saved again on its own. */
  | 'undone';

export type SaveResult =
  | {
      ok: true;
      id: number;
      existed: boolean;
      title: string;
      /**
       * The list row as the save stored it (a new article, or one saved again and moved to the top): the popup
       * lists it with "Saved" at once instead of waiting for its list's re-read. Absent when nothing was written
       * (an auto-save that found the page already saved).
       */
      row?: Article;
    }
  | { ok: false; error: SaveError; message: string; url?: string };

/** A search-index row: the normalized terms of one article (title, site, byline, text). */
export interface SearchTermsRow {
  id: number;
  terms: string[];
  /** Write order, for the search index's compaction (utils/search/search-index.ts). */
  seq?: number;
  /** Terms the article lost since its last compaction (their postings drop the id). */
  removed?: string[];
}
