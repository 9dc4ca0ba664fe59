import type { Article, ArticleImage } from '@/utils/article';
import type { OffprintDB } from '@/utils/storage/db';
import type { BackupRecord } from '@/utils/data/backup/backup-format';
import { stashForUndo } from '@/utils/data/import-batch';
import { writeArticle, type ArticleInput } from '@/utils/storage/write-article';

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
  let row: ArticleInput;
  if (existing) {
    await stashForUndo(db, importId, existing.id);
    await Promise.all([
      db.originals.delete(existing.id),
      db.images.where('articleId').equals(existing.id).delete(),
      db.highlights.where('articleId').equals(existing.id).delete(),
    ]);
    row = { ...rec.article, id: existing.id, url: existing.url, importId };
  } else {
    const free = !(await db.articles.get(rec.article.id));
    const { id: _drop, ...fresh } = rec.article;
    row = free ? { ...rec.article, importId } : { ...fresh, importId };
  }
  const c = rec.content;
  const { id } = await writeArticle(db, row, c ? { html: c.html, text: c.text, updatedAt: c.updatedAt } : null);
  if (rec.original && files.original) {
    const { file: _f, ...orig } = rec.original;
    await db.originals.put({ ...orig, id, gzip: files.original });
  }
  const images: ArticleImage[] = rec.images.map(({ file: _f, blobType: _t, ...im }, i) => ({
    ...im,
    articleId: id,
    blob: files.images[i],
  }));
  if (images.length) await db.images.bulkPut(images);
  for (const h of rec.highlights) {
    const taken = h.id != null && (await db.highlights.get(h.id));
    const { id: hid, ...rest } = h;
    await db.highlights.put(taken || hid == null ? { ...rest, articleId: id } : { ...rest, id: hid, articleId: id });
  }
  return id;
}
