import { cleanTagList } from '@/utils/storage/tags';
import { isPageKind, type Article } from '@/utils/article';
import type { BackupRecord } from '@/utils/data/backup/backup-format';
import type { BulkArticle } from '@/utils/storage/bulk-write-articles';
import { completeHighlight } from '@/utils/highlights/complete-highlight';

/** The binary parts of one backup record, read from the zip before its write transaction opens. */
export interface RecordFiles {
  original: Uint8Array | null;
  images: Blob[];
}

/** A record's image entries with the MIME type each is restored as. */
export function recordImageTypes(rec: BackupRecord): [string, string][] {
  return rec.images.map((im) => [im.file, im.blobType || im.type]);
}

/**
 * A record's original bytes and image Blobs from the entries read for its page (checksums already
 * verified; images are slices of the backup file, see ZipReader.blobs).
 */
export function recordFiles(
  rec: BackupRecord,
  originals: Map<string, Uint8Array>,
  images: Map<string, Blob>,
): RecordFiles {
  return {
    original: rec.original ? originals.get(rec.original.file)! : null,
    images: rec.images.map((im) => images.get(im.file)!),
  };
}

/**
 * One backup record as bulkWriteArticles takes it: known fields only (an unknown field of a hostile
 * record is never stored), over `existing` when the library has the article (its id is kept).
 */
export function toBulkArticle(rec: BackupRecord, files: RecordFiles, existing?: Article): BulkArticle {
  const a = rec.article;
  const article = {
    id: a.id,
    url: a.url,
    originalUrl: a.originalUrl || a.url,
    canonicalUrl: a.canonicalUrl ?? null,
    kind: a.kind === 'page' || a.kind === 'link' ? a.kind : 'article',
    // Format 4: the page's kind (recordProblem refused an unknown one). Older records have none: read as an article.
    ...(isPageKind(a.pageKind) && { pageKind: a.pageKind }),
    title: a.title,
    byline: a.byline ?? null,
    siteName: a.siteName ?? null,
    lang: a.lang ?? null,
    excerpt: a.excerpt ?? null,
    publishedTime: a.publishedTime ?? null,
    leadImageUrl: a.leadImageUrl ?? null,
    status: a.status,
    favorite: a.favorite ? 1 : 0,
    tags: cleanTagList(a.tags),
    progress: Number.isFinite(a.progress) ? Math.min(1, Math.max(0, a.progress)) : 0,
    savedAt: a.savedAt,
    updatedAt: a.updatedAt,
    // Sync's global id and field clocks (format 3; checked by recordProblem): kept, so a restored article is
    // the same article everywhere. Rows of a version 1 backup get their gid from the storage layer.
    ...(typeof a.gid === 'string' && a.gid && { gid: a.gid }),
    ...(a.clocks && { clocks: a.clocks }),
  } satisfies BulkArticle['article'];
  const c = rec.content;
  return {
    article,
    content: c
      ? { html: c.html, text: c.text, updatedAt: Number.isFinite(c.updatedAt) ? c.updatedAt : a.updatedAt }
      : null,
    original:
      rec.original && files.original
        ? { gzip: files.original, length: rec.original.length, savedAt: rec.original.savedAt }
        : null,
    images: rec.images.map((im, i) => ({
      url: im.url,
      blob: files.images[i],
      type: im.type,
      bytes: files.images[i].size,
      width: im.width ?? null,
      height: im.height ?? null,
      savedAt: im.savedAt,
    })),
    // Known fields only; a version-1 highlight gets what it lacks (a global id, colour, updatedAt…).
    highlights: rec.highlights.map((h) => {
      const { articleId: _none, ...full } = completeHighlight({
        ...(typeof h.id === 'number' && { id: h.id }),
        articleId: 0,
        gid: h.gid,
        quote: h.quote,
        prefix: h.prefix,
        suffix: h.suffix,
        position: h.position,
        color: h.color,
        note: h.note,
        createdAt: Number.isFinite(h.createdAt) ? h.createdAt : a.savedAt,
        updatedAt: h.updatedAt,
        deleted: h.deleted,
        anchor: h.anchor,
      });
      return full;
    }),
    ...(existing && { replaces: existing.id }),
  };
}

/** What a bulk record holds in memory, about (text in characters, originals and images in bytes). */
export function bulkArticleBytes(r: BulkArticle): number {
  const text = r.content ? r.content.html.length + r.content.text.length : 0;
  return text + (r.original?.gzip.byteLength ?? 0) + r.images.reduce((sum, im) => sum + im.blob.size, 0);
}
