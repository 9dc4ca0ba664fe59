/**
 * The part of PouchDB's API the sync engine uses, typed here (the DefinitelyTyped packages pull Node's
 * types into the whole project). PouchDB itself is only imported by pouch.ts, in the background.
 */

export interface PouchAttachment {
  content_type: string;
  stub?: boolean;
  digest?: string;
  length?: number;
  data?: Blob | string;
}

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _attachments?: Record<string, PouchAttachment>;
  [field: string]: unknown;
}

export interface PouchError {
  status?: number;
  name?: string;
  message?: string;
  error?: string | boolean;
  reason?: string;
}

export interface PouchChange {
  id: string;
  seq: number | string;
  changes: { rev: string }[];
  doc?: PouchDoc;
  deleted?: boolean;
}

export interface PouchChanges {
  results: PouchChange[];
  last_seq: number | string;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
  last_seq?: number | string;
  status?: string;
}

/** A running replication: a promise of its result that can be cancelled and reports progress. */
export interface Replication extends PromiseLike<ReplicationResult> {
  cancel(): void;
  on(
    event: 'change',
    fn: (info: { docs_written: number; docs_read: number; pending?: number; last_seq?: unknown }) => void,
  ): this;
  on(event: 'error' | 'denied', fn: (err: PouchError) => void): this;
  on(event: 'complete', fn: (info: ReplicationResult) => void): this;
}

export interface ReplicateOptions {
  batch_size?: number;
  batches_limit?: number;
  selector?: Record<string, unknown>;
  retry?: boolean;
  timeout?: number;
}

export interface ChangesFeed extends PromiseLike<PouchChanges> {
  cancel(): void;
  on(event: 'change', fn: (c: PouchChange) => void): this;
  on(event: 'complete', fn: (c: PouchChanges) => void): this;
  on(event: 'error', fn: (e: unknown) => void): this;
}

export interface PouchDatabase {
  name: string;
  info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string; [k: string]: unknown }>;
  get(
    id: string,
    opts?: { rev?: string; attachments?: boolean; binary?: boolean; conflicts?: boolean },
  ): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: PouchDoc[]): Promise<({ ok: true; id: string; rev: string } | (PouchError & { id?: string }))[]>;
  allDocs(opts: {
    keys?: string[];
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
    attachments?: boolean;
    binary?: boolean;
  }): Promise<{
    total_rows: number;
    rows: {
      id?: string;
      key: string;
      value?: { rev: string; deleted?: boolean };
      doc?: PouchDoc | null;
      error?: string;
    }[];
  }>;
  bulkGet(opts: { docs: { id: string; rev?: string }[]; attachments?: boolean; binary?: boolean }): Promise<{
    results: { id: string; docs: ({ ok: PouchDoc } | { error: PouchError })[] }[];
  }>;
  getAttachment(id: string, name: string, opts?: { rev?: string }): Promise<Blob>;
  changes(opts: {
    since?: number | string;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
    style?: 'all_docs' | 'main_only';
    live?: boolean;
    timeout?: number;
    heartbeat?: number | false;
    return_docs?: boolean;
    selector?: Record<string, unknown>;
  }): ChangesFeed;
  replicate: {
    to(target: PouchDatabase, opts?: ReplicateOptions): Replication;
    from(source: PouchDatabase, opts?: ReplicateOptions): Replication;
  };
  compact(): Promise<unknown>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}
