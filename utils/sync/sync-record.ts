import type { Article, Highlight } from '@/utils/article';

/**
 * Plaintext of the synced documents. Encrypted as a whole into the document body; bodies, originals and
 * images travel as encrypted attachments that these records point at.
 */

/** An encrypted attachment: its keyed name, a random nonce bound into its AAD, its plaintext size. */
export interface AttachmentRef {
  att: string;
  /** Random per upload and part of the attachment's AAD: the record vouches for exactly this file. */
  n: string;
  len: number;
}

/**
 * A highlight as synced (s14's model): everything but the local ids and the local `anchor` cache; matched
 * across browsers by its gid, `updatedAt` is its edit time, `deleted` (0/1) its tombstone.
 */
export type HighlightRecord = Omit<Highlight, 'id' | 'articleId' | 'anchor'>;

/** The article row's own fields a live article document carries as they are (the rest are merged below). */
type PlainFields =
  | 'url'
  | 'originalUrl'
  | 'canonicalUrl'
  | 'kind'
  | 'byline'
  | 'siteName'
  | 'site'
  | 'lang'
  | 'excerpt'
  | 'publishedTime'
  | 'leadImageUrl'
  | 'wordCount'
  | 'readingMinutes';

/** The fields of a live article. */
export interface ArticleFields extends Pick<Article, PlainFields> {
  /** The page's kind (part of the content group); absent in records of builds before page kinds. */
  pageKind?: Article['pageKind'];
  savedAt: number;
  /** Time of the extraction the content group (above and `body`) comes from: the latest wins. */
  contentAt: number;
  /** `{html, text}` as gzip-compressed JSON. */
  body: AttachmentRef | null;
  /** The page's original HTML (already gzip), for Re-extract everywhere; the latest kept copy wins. */
  original: (AttachmentRef & { length: number; savedAt: number }) | null;
  title: string;
  titleAt: number;
  status: Article['status'];
  statusAt: number;
  favorite: 0 | 1;
  favoriteAt: number;
  /** Per tag (lower case): [1 on | 0 removed, when, name as shown]. */
  tags: Record<string, [0 | 1, number, string]>;
  /** 0..1; conflicting copies keep the furthest. */
  progress: number;
  /** By highlight gid; removed ones stay as tombstones (`deleted: 1`) so their removal wins everywhere. */
  highlights: Record<string, HighlightRecord>;
}

interface RecordBase {
  v: 1;
  gid: string;
  /** Last save or Undo that (re)created the article. */
  life: number;
  /** Last delete (0: never). A delete at or after `life` wins over every edit. */
  deletedAt: number;
}

/** A live article document. */
export type LiveRecord = RecordBase & { deleted?: undefined } & ArticleFields;
/** A deleted article: an encrypted tombstone (never CouchDB's `_deleted`, whose rules would let edits revive it). */
export type Tombstone = RecordBase & { deleted: true };
export type ArticleRecord = LiveRecord | Tombstone;

/** One stored image of an article, as synced. */
export interface ImageRecord extends AttachmentRef {
  url: string;
  type: string;
  bytes: number;
  width: number | null;
  height: number | null;
  savedAt: number;
}

/** The images document of one article (a separate document, so image sync can be turned off). */
export interface ImagesRecord {
  v: 1;
  gid: string;
  images: Record<string, ImageRecord>;
}

export const isTombstone = (r: ArticleRecord): r is Tombstone => r.deleted === true;

/** JSON with object keys sorted: equal plaintexts give equal strings (compared before writing a revision). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** True when two records hold the same plaintext. */
export const samePlaintext = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
