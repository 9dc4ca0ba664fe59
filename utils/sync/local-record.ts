import { isPageKind } from '@/utils/article';
import type { Article, ArticleContent, ArticleImage, ArticleOriginal, Highlight } from '@/utils/article';
import type { OutboxRow } from '@/utils/storage/outbox-middleware';
import { initialClocks, tagKey } from '@/utils/storage/outbox-middleware';
import {
  isTombstone,
  type ArticleRecord,
  type AttachmentRef,
  type HighlightRecord,
  type ImageRecord,
  type ImagesRecord,
  type LiveRecord,
  type Tombstone,
} from './sync-record';

/** Everything stored for one article that sync reads (bodies and images are read only when sent). */
export interface LocalArticle {
  article: Article;
  content?: ArticleContent;
  original?: ArticleOriginal;
  highlights: Highlight[];
  images: ArticleImage[];
}

/** A fresh attachment ref (new content): its size is known once it is sealed. */
const freshRef = (att: string): AttachmentRef => ({ att, n: crypto.randomUUID(), len: -1 });

/** The time of the extraction a local article's content comes from. */
export const contentAtOf = (l: Pick<LocalArticle, 'article' | 'content'>): number =>
  l.content?.updatedAt ?? l.article.savedAt;

/**
 * The synced record of a local article. Its body and original keep the attachment ref of a known copy
 * (from the server's revisions) holding the same content, so unchanged parts are never sent again;
 * changed ones get fresh refs (`len: -1` until sealed). Highlights deleted outright become tombstones.
 */
export function recordOfLocal(
  l: LocalArticle,
  names: { body: string; original: string },
  known: ArticleRecord[],
  outbox?: Pick<OutboxRow, 'bornAt' | 'goneHighlights'>,
): LiveRecord {
  const a = l.article;
  const c = a.clocks ?? initialClocks(a);
  const liveKnown = known.filter((r): r is LiveRecord => !isTombstone(r));
  const contentAt = contentAtOf(l);
  const body = l.content
    ? (liveKnown.find((r) => r.body && r.contentAt === contentAt)?.body ?? freshRef(names.body))
    : null;
  const o = l.original;
  const original = o
    ? {
        ...(liveKnown.find((r) => r.original && r.original.savedAt === o.savedAt && r.original.length === o.length)
          ?.original ?? freshRef(names.original)),
        length: o.length,
        savedAt: o.savedAt,
      }
    : null;
  const tags: LiveRecord['tags'] = {};
  for (const [k, [on, at]] of Object.entries(c.tags)) tags[k] = [on, at, k];
  // The row's tags are what is on; the clocks say since when (and keep the removals).
  const onHere = new Set<string>();
  for (const t of a.tags ?? []) {
    const k = tagKey(t);
    onHere.add(k);
    tags[k] = [1, c.tags[k]?.[1] ?? c.life, t];
  }
  for (const [k, v] of Object.entries(tags)) if (v[0] === 1 && !onHere.has(k)) tags[k] = [0, v[1], k];
  const highlights: Record<string, HighlightRecord> = {};
  for (const h of l.highlights) {
    if (!h.gid) continue;
    highlights[h.gid] = highlightRecordOf(h);
  }
  for (const [gid, at] of Object.entries(outbox?.goneHighlights ?? {}))
    if (!highlights[gid]) highlights[gid] = goneHighlight(gid, at);
  return {
    v: 1,
    gid: a.gid!,
    life: Math.max(c.life, outbox?.bornAt ?? 0),
    deletedAt: 0,
    url: a.url,
    originalUrl: a.originalUrl,
    canonicalUrl: a.canonicalUrl,
    kind: a.kind,
    ...(a.pageKind && { pageKind: a.pageKind }),
    byline: a.byline,
    siteName: a.siteName,
    site: a.site,
    lang: a.lang,
    excerpt: a.excerpt,
    publishedTime: a.publishedTime,
    leadImageUrl: a.leadImageUrl,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    savedAt: a.savedAt,
    contentAt,
    body,
    original,
    title: a.title,
    titleAt: c.title,
    status: a.status,
    statusAt: c.status,
    favorite: a.favorite,
    favoriteAt: c.favorite,
    tags,
    progress: a.progress ?? 0,
    highlights,
  };
}

/** A local highlight as synced: its fields without the local ids and the local `anchor` cache. */
export function highlightRecordOf(h: Highlight): HighlightRecord {
  return {
    gid: h.gid,
    quote: h.quote,
    prefix: h.prefix ?? '',
    suffix: h.suffix ?? '',
    position: h.position ?? null,
    color: h.color ?? 'yellow',
    note: h.note ?? null,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt ?? h.createdAt,
    deleted: h.deleted ? 1 : 0,
  };
}

/** The tombstone of a highlight whose row was deleted outright here (not by its `deleted` flag). */
const goneHighlight = (gid: string, at: number): HighlightRecord => ({
  gid,
  quote: '',
  prefix: '',
  suffix: '',
  position: null,
  color: 'yellow',
  note: null,
  createdAt: 0,
  updatedAt: at,
  deleted: 1,
});

/** The tombstone of an article deleted here (its row is gone; the outbox kept its gid and time). */
export const tombstoneOf = (gid: string, deletedAt: number): Tombstone => ({
  v: 1,
  gid,
  life: 0,
  deletedAt,
  deleted: true,
});

/** The images record of a local article, reusing the refs of known copies of the same image. */
export function imagesRecordOf(
  gid: string,
  images: ArticleImage[],
  names: Map<string, string>,
  known: ImagesRecord[],
): ImagesRecord {
  const out: Record<string, ImageRecord> = {};
  for (const im of images) {
    const same = known
      .map((k) => k.images?.[im.url])
      .find((k) => k && k.savedAt === im.savedAt && k.bytes === im.bytes);
    out[im.url] = {
      ...(same ?? freshRef(names.get(im.url)!)),
      url: im.url,
      type: im.type,
      bytes: im.bytes,
      width: im.width,
      height: im.height,
      savedAt: im.savedAt,
    };
  }
  return { v: 1, gid, images: out };
}

/**
 * The article row for a record: the local id and URL kept (the URL is the row's unique key), tags in the
 * order they had here with new ones after, clocks from the record's change times.
 */
export function articleRowOf(rec: LiveRecord, id: number | undefined, existing?: Article): Article {
  const on = Object.entries(rec.tags).filter(([, v]) => v[0] === 1);
  const had = (existing?.tags ?? []).map((t) => t.toLowerCase());
  const tags = [
    ...had.filter((k) => rec.tags[k]?.[0] === 1).map((k) => rec.tags[k][2] || k),
    ...on
      .filter(([k]) => !had.includes(k))
      .sort((x, y) => x[1][1] - y[1][1] || (x[0] < y[0] ? -1 : 1))
      .map(([k, v]) => v[2] || k),
  ];
  const clocks = {
    life: rec.life,
    status: rec.statusAt,
    favorite: rec.favoriteAt,
    title: rec.titleAt,
    tags: Object.fromEntries(Object.entries(rec.tags).map(([k, [o, at]]) => [k, [o, at] as [0 | 1, number]])),
  };
  const updatedAt = Math.max(
    rec.contentAt,
    rec.titleAt,
    rec.statusAt,
    rec.favoriteAt,
    ...Object.values(rec.tags).map((t) => t[1]),
    existing?.updatedAt ?? 0,
  );
  const row: Article = {
    ...(id != null && { id }),
    gid: rec.gid,
    url: existing?.url ?? rec.url,
    originalUrl: rec.originalUrl,
    canonicalUrl: rec.canonicalUrl,
    kind: rec.kind,
    ...(isPageKind(rec.pageKind) && { pageKind: rec.pageKind }),
    title: rec.title,
    byline: rec.byline,
    siteName: rec.siteName,
    site: rec.site,
    lang: rec.lang,
    excerpt: rec.excerpt,
    publishedTime: rec.publishedTime,
    leadImageUrl: rec.leadImageUrl,
    wordCount: rec.wordCount,
    readingMinutes: rec.readingMinutes,
    status: rec.status,
    favorite: rec.favorite,
    tags,
    progress: rec.progress,
    savedAt: rec.savedAt,
    updatedAt,
    clocks,
  } as Article;
  return row;
}

/** Highlight rows for a record: matched to local rows by gid (keeping their ids), tombstones kept as rows. */
export function highlightRowsOf(rec: LiveRecord, articleId: number, local: Highlight[]): Highlight[] {
  const here = new Map(local.filter((h) => h.gid).map((h) => [h.gid, h]));
  return Object.values(rec.highlights).map((h) => {
    const mine = here.get(h.gid);
    // The anchor cache is local: kept while the highlight still targets the same text, else found again.
    const same =
      mine &&
      mine.quote === h.quote &&
      mine.position?.start === h.position?.start &&
      mine.position?.end === h.position?.end;
    return {
      ...h,
      deleted: h.deleted ? 1 : 0,
      articleId,
      ...(mine?.id != null && { id: mine.id }),
      anchor: same ? (mine.anchor ?? null) : null,
    };
  });
}
