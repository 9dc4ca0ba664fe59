import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Article,
  ArticleContent,
  ArticleImage,
  ArticleOriginal,
  Highlight,
  QueueTask,
  SearchTermsRow,
} from '@/utils/article';
import type { PostingRow } from '@/utils/search/search-index';
import { outboxMiddleware, type OutboxRow } from './outbox-middleware';
import { completeHighlight, type PartialHighlight } from '@/utils/highlights/complete-highlight';
import { scheduleLibraryRewrite } from './library-rewrite';

/** A key-value row for small library facts (last backup time, …). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The stored state of one article before an import overwrote it (see utils/data/import-batch.ts); also, under
 * `importId` "rows:<id>", the record of the articles a bulk write of that import added and replaced
 * (utils/storage/import-rows.ts).
 */
export interface ImportUndoRow {
  id?: number;
  importId: string;
  articleId: number;
  /** ArticleSnapshot from save-article.ts; kept loose here to avoid an import cycle. */
  snapshot: unknown;
}

/**
 * Schema 1's tables. Never edit a landed schema's tables: a version that changes tables gets a map of its
 * own (built from the one before it), a version that only rewrites data reuses the map before it.
 */
const TABLES_1 = {
  articles:
    '++id, &url, savedAt, updatedAt, status, favorite, *tags, site, wordCount, [status+savedAt], ' +
    '[favorite+savedAt], canonicalUrl, importId',
  contents: 'id',
  originals: 'id',
  images: '[articleId+url], articleId',
  queue: '++id, state, kind, batch, articleId, createdAt',
  highlights: '++id, articleId',
  // Search index (utils/search/search-index.ts): each article's terms with a sequence number, merged by the
  // background into per-term posting lists in segments.
  searchTerms: 'id, seq',
  postings: '[term+seg]',
  meta: 'key',
  // Pre-import copies of the articles an import overwrote, so a failed or cancelled import can be undone.
  importUndo: '++id, importId',
} as const;

/**
 * Schema 2's tables: schema 1's with highlights made in the reader (a global id for sync, tombstones, and
 * the indexes the library's Highlights view (newest first), `has:highlights` / counts and sync's
 * "changed since" read).
 */
const TABLES_2 = {
  ...TABLES_1,
  highlights: '++id, &gid, articleId, [deleted+articleId], [deleted+createdAt], updatedAt',
} as const;

/** Schema 4's tables (sync): schema 2's with a unique global id on articles, the outbox and sync documents. */
const TABLES_4 = {
  ...TABLES_2,
  articles: `${TABLES_2.articles}, &gid`,
  outbox: 'articleId, gid',
  syncDocs: 'id',
} as const;

/**
 * Every schema that has landed on main. Never edit an old entry once it has landed: add a version
 * with its upgrade, and a test in tests/utils/storage/db-migrations.test.ts that opens the old one first.
 */
export const SCHEMAS = {
  1: TABLES_1,
  2: TABLES_2,
  // Issue 17: tags in lower case, CJK and Thai segmented in the search index. The same tables; the upgrade
  // only schedules the background job that rewrites the library (utils/storage/library-rewrite.ts).
  3: TABLES_2,
  // Sync (docs/sync.md): articles get a global id (unique when set; rows from before get one from a background
  // job), changes to synced rows leave an outbox row in the same transaction, and the revision each synced document
  // was last in step with is kept. A light upgrade: no row is rewritten here.
  4: TABLES_4,
} as const;

/** The revision of one synced document that this library was last in step with (utils/sync). */
export interface SyncDocRow {
  /** The document's id on the server (a keyed hash; never the article's URL or gid). */
  id: string;
  rev: string;
}

/** Name of the production database. */
export const DB_NAME = 'offprint';

/** Offprint's IndexedDB: list rows apart from bodies, originals and images, so the list never loads bodies. */
export class OffprintDB extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  contents!: EntityTable<ArticleContent, 'id'>;
  originals!: EntityTable<ArticleOriginal, 'id'>;
  images!: Table<ArticleImage, [number, string]>;
  queue!: EntityTable<QueueTask, 'id'>;
  highlights!: EntityTable<Highlight, 'id'>;
  searchTerms!: EntityTable<SearchTermsRow, 'id'>;
  postings!: Table<PostingRow, [string, number]>;
  meta!: EntityTable<MetaRow, 'key'>;
  importUndo!: EntityTable<ImportUndoRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'articleId'>;
  syncDocs!: EntityTable<SyncDocRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMAS[1]);
    // v1 → v2: highlights (only imported ones existed, a few per article) get a global id, updatedAt,
    // colour, tombstone and empty selectors; they are anchored when their article is next opened.
    this.version(2)
      .stores(SCHEMAS[2])
      .upgrade((tx) =>
        tx
          .table('highlights')
          .toCollection()
          .modify((h: PartialHighlight) => {
            Object.assign(h, completeHighlight(h));
          }),
      );
    this.version(3).stores(SCHEMAS[3]).upgrade(scheduleLibraryRewrite);
    this.version(4).stores(SCHEMAS[4]);
    this.use(outboxMiddleware);
  }
}

let current: OffprintDB | null = null;

/** The shared database of this context, opened on first use (nothing runs at import). */
export function getDb(): OffprintDB {
  current ??= new OffprintDB();
  return current;
}

/** Tests point the app at a fresh database. */
export function setDb(db: OffprintDB): void {
  current = db;
}
