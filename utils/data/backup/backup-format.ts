import type { Article, ArticleContent, ArticleImage, ArticleOriginal, Highlight } from '@/utils/article';

/** Name written in every backup's manifest.json; anything else is a foreign file. */
export const BACKUP_FORMAT = 'offprint-backup';
/**
 * Version of the backup layout this build writes; it reads this one and older.
 * 1: the first layout. 2: articles carry their sync global id (`gid`) and field clocks (`clocks`),
 * highlights their `gid`, `updatedAt` and `deleted` tombstone. Version 1 records still restore: their
 * rows get global ids as they are written.
 */
export const BACKUP_VERSION = 2;
/** Articles per page file (articles/NNNNN.json): the unit of streaming on export and restore. */
export const BACKUP_PAGE_SIZE = 200;

/** manifest.json: what the archive is and what it holds. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  appVersion: string;
  createdAt: number;
  counts: { articles: number; originals: number; images: number; highlights: number };
  /** Page files in order; each is a JSON array of BackupRecord. */
  pages: string[];
  /** browser.storage.local as it was, in settings.json. */
  settingsFile: string;
}

/** An image row in a page file: the row without its Blob, which is the file `file` in the zip. */
export type BackupImage = Omit<ArticleImage, 'blob'> & { file: string; blobType: string };
/** An original row in a page file: the row without its bytes, which are the file `file`. */
export type BackupOriginal = Omit<ArticleOriginal, 'gzip'> & { file: string };

/** Everything about one article, as written in a page file. */
export interface BackupRecord {
  article: Article;
  content: ArticleContent | null;
  original: BackupOriginal | null;
  images: BackupImage[];
  highlights: Highlight[];
}

/** A backup that cannot be restored (foreign, newer, damaged); its message is meant for the user. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

/** Checks manifest.json and returns it typed; throws BackupError saying what is wrong. */
export function validateManifest(json: unknown): BackupManifest {
  if (!isObj(json) || json.format !== BACKUP_FORMAT)
    throw new BackupError('This is not an Offprint backup (its manifest does not say so).');
  if (!isNum(json.version) || json.version < 1) throw new BackupError('This backup has no valid format version.');
  if (json.version > BACKUP_VERSION)
    throw new BackupError(
      `This backup was made by a newer Offprint (format ${json.version}; this one reads up to ${BACKUP_VERSION}). Update Offprint, then restore it.`,
    );
  if (!Array.isArray(json.pages) || !json.pages.every(isStr))
    throw new BackupError('The backup manifest lists no article files.');
  if (!isObj(json.counts) || !isNum(json.counts.articles))
    throw new BackupError('The backup manifest has no article count.');
  if (!isNum(json.createdAt)) throw new BackupError('The backup manifest has no creation date.');
  return json as unknown as BackupManifest;
}

/** Why one record of a page file cannot be restored, or null when it is sound. `has` tells which zip files exist. */
export function recordProblem(r: unknown, has: (file: string) => boolean): string | null {
  if (!isObj(r) || !isObj(r.article)) return 'not an article record';
  const a = r.article;
  if (!isNum(a.id)) return 'article has no id';
  if (!isStr(a.url) || !a.url) return 'article has no URL';
  if (!isStr(a.title)) return 'article has no title';
  if (!isNum(a.savedAt) || !isNum(a.updatedAt)) return 'article has no saved/updated date';
  if (a.status !== 'unread' && a.status !== 'archived') return `unknown status "${String(a.status)}"`;
  if (!Array.isArray(a.tags)) return 'tags are not a list';
  if (a.gid !== undefined && (!isStr(a.gid) || !a.gid || a.gid.length > 100)) return 'article has a bad global id';
  if (a.clocks !== undefined && !clocksAreSound(a.clocks)) return 'article has bad change times';
  if (r.content !== null && (!isObj(r.content) || !isStr(r.content.html) || !isStr(r.content.text)))
    return 'content has no html/text';
  if (r.original !== null && (!isObj(r.original) || !isStr(r.original.file) || !has(r.original.file)))
    return 'original HTML file is missing';
  if (!Array.isArray(r.images) || !Array.isArray(r.highlights)) return 'images or highlights are not lists';
  for (const im of r.images)
    if (!isObj(im) || !isStr(im.url) || !isStr(im.file) || !has(im.file)) return 'an image file is missing';
  for (const h of r.highlights) {
    if (!isObj(h) || !isStr(h.quote)) return 'a highlight has no quote';
    if (h.gid !== undefined && (!isStr(h.gid) || !h.gid)) return 'a highlight has a bad global id';
    if (h.updatedAt !== undefined && !isNum(h.updatedAt)) return 'a highlight has a bad edit time';
  }
  return null;
}

/** Field clocks as the storage layer writes them (utils/storage/outbox-middleware.ts). */
function clocksAreSound(c: unknown): boolean {
  if (!isObj(c) || !isObj(c.tags)) return false;
  if (![c.life, c.status, c.favorite, c.title].every(isNum)) return false;
  return Object.values(c.tags).every(
    (t) => Array.isArray(t) && t.length === 2 && (t[0] === 0 || t[0] === 1) && isNum(t[1]),
  );
}

/** Extension for an image file in the archive, from its MIME type (only for people browsing the zip). */
export function imageExt(type: string): string {
  const m = /^image\/(png|gif|jpeg|jpg|webp|avif|svg\+xml|bmp)/i.exec(type);
  if (!m) return 'bin';
  const t = m[1].toLowerCase();
  return t === 'jpeg' ? 'jpg' : t === 'svg+xml' ? 'svg' : t;
}
