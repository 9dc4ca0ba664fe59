import {
  isPageKind,
  type Article,
  type ArticleContent,
  type ArticleImage,
  type ArticleOriginal,
  type Highlight,
} from '@/utils/article';

/** Name written in every backup's manifest.json; anything else is a foreign file. */
export const BACKUP_FORMAT = 'offprint-backup';
/**
 * Version of the backup layout this build writes; it reads this one and older.
 * 1: the first layout. 2: highlights carry gid, updatedAt, colour, tombstone and TextQuote/TextPosition
 * selectors (a version-1 highlight is completed on restore: utils/highlights/complete-highlight.ts).
 * 3: articles carry their sync global id (`gid`) and field clocks (`clocks`). Version 1 and 2 records still
 * restore: their rows get global ids as they are written.
 * 4: articles carry their page kind (`pageKind`: thread, documentation, product…). Older records have none and
 * restore as articles.
 */
export const BACKUP_VERSION = 4;
/** Articles per page file (articles/NNNNN.json): the unit of streaming on export and restore. */
export const BACKUP_PAGE_SIZE = 200;

/** Largest image restored: the same limit as saving (utils/images/image-queue.ts IMAGE_CAP). */
export const RESTORE_IMAGE_CAP = 5 * 1024 * 1024;
/** Most image bytes restored for one article: the same limit as saving (ARTICLE_IMAGE_CAP). */
export const RESTORE_ARTICLE_IMAGE_CAP = 40 * 1024 * 1024;
/** Largest page file (JSON of up to BACKUP_PAGE_SIZE records); the export keeps its pages far below it. */
export const PAGE_FILE_CAP = 64 * 1024 * 1024;
/** Largest gzipped original (saving keeps originals of at most 5 million characters). */
export const ORIGINAL_FILE_CAP = 16 * 1024 * 1024;
/** Largest manifest.json and settings.json. */
export const MANIFEST_CAP = 1024 * 1024;
export const SETTINGS_CAP = 16 * 1024 * 1024;
/**
 * Most bytes a backup may unpack to, as a multiple of its size: images and originals are stored
 * (1:1), page JSON deflates about 3–6:1, so an honest backup stays far below 10:1 (a zip bomb is ~1000:1).
 */
export const RESTORE_INFLATE_RATIO = 10;

/** The largest a backup entry may unpack to, by its kind (from its name). */
export function backupEntryCap(name: string): number {
  if (name === 'manifest.json') return MANIFEST_CAP;
  if (name === 'settings.json') return SETTINGS_CAP;
  if (name.startsWith('images/')) return RESTORE_IMAGE_CAP;
  if (name.startsWith('originals/')) return ORIGINAL_FILE_CAP;
  if (name.startsWith('articles/')) return PAGE_FILE_CAP;
  return MANIFEST_CAP; // nothing else belongs in a backup; it is never read
}

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
      `This backup was made by a newer Offprint (format ${json.version}; this one reads up to ` +
        `${BACKUP_VERSION}). Update Offprint, then restore it.`,
    );
  if (!Array.isArray(json.pages) || !json.pages.every(isStr))
    throw new BackupError('The backup manifest lists no article files.');
  if (!isObj(json.counts) || !isNum(json.counts.articles))
    throw new BackupError('The backup manifest has no article count.');
  if (!isNum(json.createdAt)) throw new BackupError('The backup manifest has no creation date.');
  return json as unknown as BackupManifest;
}

/** Deepest nesting a record or settings.json may have (real ones stay under 6); deeper is hostile. */
export const MAX_JSON_DEPTH = 32;

/** True when parsed JSON nests deeper than `max` (checked without recursion, so it cannot overflow the stack). */
export function nestsDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (d >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v))
      if (child && typeof child === 'object') stack.push([child, d + 1]);
  }
  return false;
}

/** True for an absolute http(s) URL, the only kind a restored record may carry. */
export function isHttpUrl(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** True for an image MIME type (image/png, image/svg+xml, …): nothing else is restored as an image. */
export function isImageType(v: unknown): v is string {
  return typeof v === 'string' && /^image\/[a-z0-9.+-]+$/i.test(v.split(';')[0].trim());
}

const isNullableStr = (v: unknown) => v === null || v === undefined || isStr(v);
const isNullableHttp = (v: unknown) => v === null || v === undefined || isHttpUrl(v);

/**
 * Why one record of a page file cannot be restored, or null when it is sound. `sizeOf` gives the
 * unpacked size of a file of the zip (undefined when the zip has no such file).
 */
export function recordProblem(r: unknown, sizeOf: (file: string) => number | undefined): string | null {
  if (!isObj(r) || !isObj(r.article)) return 'not an article record';
  if (nestsDeeperThan(r)) return 'nested too deeply';
  const a = r.article;
  if (!isNum(a.id)) return 'article has no id';
  if (!isStr(a.url) || !a.url) return 'article has no URL';
  if (!isHttpUrl(a.url)) return 'article URL is not a web address';
  if (a.originalUrl !== undefined && a.originalUrl !== '' && !isHttpUrl(a.originalUrl))
    return 'original URL is not a web address';
  if (!isNullableHttp(a.canonicalUrl)) return 'canonical URL is not a web address';
  if (!isNullableHttp(a.leadImageUrl)) return 'lead image URL is not a web address';
  if (!isStr(a.title)) return 'article has no title';
  for (const k of ['byline', 'siteName', 'lang', 'excerpt', 'publishedTime'] as const)
    if (!isNullableStr(a[k])) return `${k} is not text`;
  if (!isNum(a.savedAt) || !isNum(a.updatedAt)) return 'article has no saved/updated date';
  if (a.status !== 'unread' && a.status !== 'archived') return `unknown status "${String(a.status)}"`;
  if (!Array.isArray(a.tags)) return 'tags are not a list';
  if (!a.tags.every(isStr)) return 'a tag is not text';
  if (a.gid !== undefined && (!isStr(a.gid) || !a.gid || a.gid.length > 100)) return 'article has a bad global id';
  if (a.clocks !== undefined && !clocksAreSound(a.clocks)) return 'article has bad change times';
  if (a.pageKind !== undefined && !isPageKind(a.pageKind))
    return `unknown page kind "${String(a.pageKind).slice(0, 40)}"`;
  if (r.content !== null && (!isObj(r.content) || !isStr(r.content.html) || !isStr(r.content.text)))
    return 'content has no html/text';
  if (r.original !== null) {
    if (!isObj(r.original) || !isStr(r.original.file) || sizeOf(r.original.file) === undefined)
      return 'original HTML file is missing';
    if (!r.original.file.startsWith('originals/')) return 'original HTML file is not under originals/';
  }
  if (!Array.isArray(r.images) || !Array.isArray(r.highlights)) return 'images or highlights are not lists';
  let imageBytes = 0;
  for (const im of r.images) {
    if (!isObj(im) || !isStr(im.url) || !isStr(im.file) || sizeOf(im.file) === undefined)
      return 'an image file is missing';
    if (!im.file.startsWith('images/')) return 'an image file is not under images/';
    if (!isImageType(im.type) || (im.blobType !== undefined && im.blobType !== '' && !isImageType(im.blobType)))
      return `an image is not of an image type (${String(im.blobType || im.type).slice(0, 40)})`;
    imageBytes += sizeOf(im.file)!;
  }
  if (imageBytes > RESTORE_ARTICLE_IMAGE_CAP) return 'its images are larger than the 40 MB allowed for one article';
  return highlightsProblem(r.highlights);
}

/** Most highlights restored for one article (a reader makes tens; thousands is hostile). */
export const RESTORE_HIGHLIGHTS_CAP = 10_000;
/** Longest quote or note restored, in characters (a whole long article is ~200,000). */
export const HIGHLIGHT_TEXT_CAP = 1_000_000;

const isNullableNum = (v: unknown) => v === null || v === undefined || isNum(v);

/**
 * Why an article's highlights cannot be restored, or null. Version 1 wrote a quote, a note and a date;
 * version 2 adds a global id (unique within the article), context, position, colour, updatedAt and a
 * tombstone: each, when present, must have its type (colour and anchor are completed on restore).
 */
function highlightsProblem(list: unknown[]): string | null {
  if (list.length > RESTORE_HIGHLIGHTS_CAP) return `more than ${RESTORE_HIGHLIGHTS_CAP} highlights`;
  const gids = new Set<string>();
  for (const h of list) {
    if (!isObj(h) || !isStr(h.quote)) return 'a highlight has no quote';
    if (h.quote.length > HIGHLIGHT_TEXT_CAP || (isStr(h.note) && h.note.length > HIGHLIGHT_TEXT_CAP))
      return 'a highlight is longer than allowed';
    if (!isNullableStr(h.note)) return 'a highlight note is not text';
    if (!isNullableStr(h.prefix) || !isNullableStr(h.suffix)) return 'a highlight context is not text';
    if (!isNullableNum(h.createdAt) || !isNullableNum(h.updatedAt)) return 'a highlight date is not a number';
    if (h.gid !== undefined) {
      if (!isStr(h.gid) || !h.gid || h.gid.length > 100) return 'a highlight has an invalid id';
      if (gids.has(h.gid)) return 'two highlights have the same id';
      gids.add(h.gid);
    }
    if (h.position != null && !(isObj(h.position) && isNum(h.position.start) && isNum(h.position.end)))
      return 'a highlight position is not a text position';
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
