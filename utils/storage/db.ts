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

/** A key-value row for small library facts (last backup time, …). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** The stored state of one article before an import overwrote it (see utils/data/import-batch.ts). */
export interface ImportUndoRow {
  id?: number;
  importId: string;
  articleId: number;
  /** ArticleSnapshot from save-article.ts; kept loose here to avoid an import cycle. */
  snapshot: unknown;
}

/**
 * Every schema that has landed on main. Never edit an old entry once it has landed: add a version
 * with its upgrade, and a test in tests/utils/storage/db-migrations.test.ts that opens the old one first.
 */
export const SCHEMAS = {
  1: {
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
  },
  // Sync (docs/sync.md): articles get a global id (unique when set; rows from 1 get one from a background job),
  // changes to synced rows leave an outbox row in the same transaction, and the revision each synced document
  // was last in step with is kept. A light upgrade: no row is rewritten here.
  2: {
    articles:
      '++id, &url, savedAt, updatedAt, status, favorite, *tags, site, wordCount, [status+savedAt], ' +
      '[favorite+savedAt], canonicalUrl, importId, &gid',
    contents: 'id',
    originals: 'id',
    images: '[articleId+url], articleId',
    queue: '++id, state, kind, batch, articleId, createdAt',
    highlights: '++id, articleId',
    searchTerms: 'id, seq',
    postings: '[term+seg]',
    meta: 'key',
    importUndo: '++id, importId',
    outbox: 'articleId, gid',
    syncDocs: 'id',
  },
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
    this.version(2).stores(SCHEMAS[2]);
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
