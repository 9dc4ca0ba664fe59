import {
  canonicalJson,
  isTombstone,
  type ArticleFields,
  type ArticleRecord,
  type HighlightRecord,
  type ImageRecord,
  type ImagesRecord,
  type LiveRecord,
} from './sync-record';

/**
 * Merge rules for conflicting copies of one document. Every rule is a join (commutative, associative,
 * idempotent, with a total order to break ties), so every browser that merges the same copies gets the
 * same plaintext: then they write nothing new and only remove the losing revisions.
 */

/** Total order on values for ties: the larger canonical JSON wins. */
const cmpJson = (a: unknown, b: unknown): number => {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The copy with the latest time; ties broken by content, the same way everywhere. */
function latest<T>(items: T[], at: (t: T) => number): T {
  return items.reduce((best, t) => {
    const d = at(t) - at(best);
    return d > 0 || (d === 0 && cmpJson(t, best) > 0) ? t : best;
  });
}

/**
 * The fields `keys` from the copy whose group changed last; ties broken on those fields only (so merging in
 * steps agrees).
 */
function pick<K extends keyof ArticleFields>(records: LiveRecord[], keys: K[], at: (r: LiveRecord) => number) {
  const groups = records.map((r) => ({
    at: at(r),
    fields: Object.fromEntries(keys.map((k) => [k, r[k]])) as unknown as Pick<ArticleFields, K>,
  }));
  return latest(groups, (g) => g.at).fields;
}

const CONTENT_KEYS = [
  'url',
  'originalUrl',
  'canonicalUrl',
  'kind',
  'pageKind',
  'byline',
  'siteName',
  'site',
  'lang',
  'excerpt',
  'publishedTime',
  'leadImageUrl',
  'wordCount',
  'readingMinutes',
  'savedAt',
  'contentAt',
  'body',
] as const satisfies (keyof ArticleFields)[];

/** Tags as a set: each tag's latest add or removal wins (an add wins a tie: nothing is lost). */
function mergeTags(records: LiveRecord[]): ArticleFields['tags'] {
  const out: ArticleFields['tags'] = {};
  for (const r of records)
    for (const [k, v] of Object.entries(r.tags ?? {})) {
      const cur = out[k];
      if (!cur || v[1] > cur[1] || (v[1] === cur[1] && (v[0] > cur[0] || (v[0] === cur[0] && v[2] > cur[2]))))
        out[k] = v;
    }
  return out;
}

/** Highlights per highlight: the latest edit wins; a removal wins a tie. */
function mergeHighlights(records: LiveRecord[]): Record<string, HighlightRecord> {
  const by = new Map<string, HighlightRecord[]>();
  for (const r of records)
    for (const h of Object.values(r.highlights ?? {})) by.set(h.gid, [...(by.get(h.gid) ?? []), h]);
  return Object.fromEntries(
    [...by].map(([gid, copies]) => [gid, latest(copies, (h) => h.updatedAt * 2 + (h.deleted ? 1 : 0))]),
  );
}

export interface MergeOptions {
  /**
   * This browser's progress when its copy simply follows the last synced revision (no concurrent edit):
   * then it is kept even when lower (reading again from the top). Otherwise the furthest wins.
   */
  progress?: number;
}

/**
 * Merges copies of one article field by field: the content by the latest extraction, title, status and
 * favourite by their latest change, tags as a set, progress by the furthest, highlights per highlight.
 * A delete at or after the latest save/Undo wins over everything; the result is then a tombstone.
 */
export function mergeArticleRecords(records: ArticleRecord[], opts: MergeOptions = {}): ArticleRecord {
  if (!records.length) throw new Error('nothing to merge');
  const gid = records[0].gid;
  const life = Math.max(...records.map((r) => r.life));
  const deletedAt = Math.max(...records.map((r) => r.deletedAt));
  const live = records.filter((r): r is LiveRecord => !isTombstone(r));
  if ((deletedAt > 0 && deletedAt >= life) || !live.length) return { v: 1, gid, life, deletedAt, deleted: true };
  const originals = live.filter((r) => r.original);
  return {
    v: 1,
    gid,
    life,
    deletedAt,
    ...pick(live, [...CONTENT_KEYS], (r) => r.contentAt),
    original: originals.length ? latest(originals, (r) => r.original!.savedAt).original : null,
    ...pick(live, ['title', 'titleAt'], (r) => r.titleAt),
    ...pick(live, ['status', 'statusAt'], (r) => r.statusAt),
    ...pick(live, ['favorite', 'favoriteAt'], (r) => r.favoriteAt),
    tags: mergeTags(live),
    progress: opts.progress ?? Math.max(...live.map((r) => r.progress)),
    highlights: mergeHighlights(live),
  };
}

/** Images of one article: the union by URL; for the same URL the latest stored copy wins. */
export function mergeImagesRecords(records: ImagesRecord[]): ImagesRecord {
  const by = new Map<string, ImageRecord[]>();
  for (const r of records)
    for (const im of Object.values(r.images ?? {})) by.set(im.url, [...(by.get(im.url) ?? []), im]);
  return {
    v: 1,
    gid: records[0].gid,
    images: Object.fromEntries([...by].map(([url, copies]) => [url, latest(copies, (im) => im.savedAt)])),
  };
}
