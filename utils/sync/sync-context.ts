import type { OffprintDB } from '@/utils/storage/db';
import type { LibraryKeys } from './library-keys';
import type { PouchDatabase } from './pouch-types';

/** What one part of a round did (for status and tests). */
export interface StepReport {
  /** Documents written to the mirror (merged or local changes). */
  written: number;
  /** Articles written into this library (arrived, merged, deleted). */
  applied: number;
  /** Documents that did not decrypt (or were made by a newer Offprint): left alone. */
  bad: string[];
  /** Documents taken or sent without trouble (a document that was bad before is fine again). */
  good: string[];
  /** More work is waiting (the batch limit was reached). */
  more: boolean;
}

/** Everything the sync steps work with: the library, its mirror and the keys. */
export interface SyncContext {
  db: OffprintDB;
  mirror: PouchDatabase;
  keys: LibraryKeys;
  /** Images sync (off: this browser neither sends nor takes images). */
  syncImages: boolean;
  now: () => number;
}

/**
 * Articles sent per batch: bounded memory (bodies, originals and images of one batch at most), few enough that
 * the first push starts early, enough that each batch's fixed cost (its transactions) is shared.
 */
export const SYNC_BATCH = 50;

/**
 * Documents of the mirror taken into the library per batch: one bulk write transaction each (restore's path),
 * bounded memory (the bodies, originals and images of one batch at most, a few MB).
 */
export const APPLY_BATCH = 100;

/** Largest attachment taken from the server (plaintext bytes): a bigger one is refused as damaged. */
export const MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024;

export const emptyReport = (): StepReport => ({ written: 0, applied: 0, bad: [], good: [], more: false });
