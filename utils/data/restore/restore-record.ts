import type { Article, ArticleImage } from '@/utils/article';
import type { OffprintDB } from '@/utils/storage/db';
import type { BackupRecord } from '@/utils/data/backup/backup-format';
import { stashForUndo } from '@/utils/data/import-batch';
import { termsOf } from '@/utils/search/search-terms';
import { indexTerms } from '@/utils/search/search-index';
import { completeHighlight } from '@/utils/highlights/complete-highlight';

/** The binary parts of one backup record, read from the zip before its write transaction opens. */
export interface RecordFiles {
  original: Uint8Array | null;
  images: Blob[];
}

/** Every zip entry a record refers to (its original and images). */
export function recordFileNames(rec: BackupRecord): string[] {
  return [...(rec.original ? [rec.original.file] : []), ...rec.images.map((im) => im.file)];
}

/** A record's original and image bytes from the entries read for its page (checksums already verified). */
export function recordFiles(rec: BackupRecord, files: Map<string, Uint8Array>): RecordFiles {
  return {
    original: rec.original ? files.get(rec.original.file)! : null,
    images: rec.images.map((im) => new Blob([files.get(im.file)! as BlobPart], { type: im.blobType ?? im.type })),
  };
}

/**
 * Writes one backup record inside the caller's transaction, tagged with `importId`. Over an existing
 * article: its state goes to importUndo first, then the backup's copy replaces it under the same id.
 * A new article keeps its backup id when that id is free (so a restore into an empty library is exact).
 */
export async function writeRecord(
  db: OffprintDB,
  importId: string,
  rec: BackupRecord,
  files: RecordFiles,
  existing?: Article,
): Promise<number> {
  let id: number;
  if (existing) {
    await stashForUndo(db, importId, existing.id);
    id = existing.id;
    await Promise.all([
      db.contents.delete(id),
      db.originals.delete(id),
      db.images.where('articleId').equals(id).delete(),
      db.highlights.where('articleId').equals(id).delete(),
    ]);
    await db.articles.put({ ...rec.article, id, url: existing.url, importId });
  } else {
    const free = !(await db.articles.get(rec.article.id));
    const { id: _drop, ...row } = rec.article;
    id = (await (free
      ? db.articles.put({ ...rec.article, importId })
      : db.articles.add({ ...row, importId } as Article))) as number;
  }
  if (rec.content) await db.contents.put({ ...rec.content, id });
  if (rec.original && files.original) {
    const { file: _f, ...orig } = rec.original;
    await db.originals.put({ ...orig, id, gzip: files.original });
  }
  const a = rec.article;
  const notes = rec.highlights
    .filter((h) => !h.deleted && h.note)
    .map((h) => h.note)
    .join('\n');
  await indexTerms(db, id, termsOf(a.title, a.site, a.siteName, a.byline, rec.content?.text ?? '', notes));
  const images: ArticleImage[] = rec.images.map(({ file: _f, blobType: _t, ...im }, i) => ({
    ...im,
    articleId: id,
    blob: files.images[i],
  }));
  if (images.length) await db.images.bulkPut(images);
  for (const h of rec.highlights) {
    // A version-1 backup's highlight gets its missing fields; the row id is kept when free, and a
    // highlight already here under the same global id is overwritten in place (its id is unique).
    const full = completeHighlight({ ...h, articleId: id });
    const same = await db.highlights.where('gid').equals(full.gid).first();
    const taken = !same && full.id != null && (await db.highlights.get(full.id));
    const { id: _hid, ...rest } = full;
    await db.highlights.put(same ? { ...rest, id: same.id } : taken || full.id == null ? rest : full);
  }
  return id;
}
