import { inflateSync } from 'fflate';
import { crc32 } from './crc32';
import type { Inflated, InflateJob } from './inflate-worker';
import { workerClient, workersAvailable } from './worker-client';

/** Inflates deflated bytes to at most `size` bytes; returns them with their CRC-32. */
export type Inflater = (raw: Uint8Array, size: number) => Promise<Inflated>;

/** Entries smaller than this inflate on the calling thread: a worker round trip costs more than they do. */
const SMALL = 256 * 1024;

/** Inflates on the calling thread (unit tests, and small entries). */
export const inflateHere: Inflater = async (raw, size) => {
  const out = inflateSync(raw, { out: new Uint8Array(size) });
  return { out, crc: crc32(out) };
};

const worker = workerClient<InflateJob, Inflated>(
  () => new Worker(new URL('./inflate-worker.ts', import.meta.url), { type: 'module', name: 'offprint-inflate' }),
  'the inflate worker failed',
);

/**
 * Inflates off the page's main thread when it can (a dedicated worker, so a big page of a backup
 * does not freeze the options page), on the calling thread otherwise and for small entries.
 */
export const inflateOffThread: Inflater = (raw, size) => {
  if (size < SMALL || !workersAvailable()) return inflateHere(raw, size);
  // The compressed bytes are a copy of one entry's slice: handing them over costs nothing.
  const copy = raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength ? raw : raw.slice();
  return worker.run({ raw: copy, size }, [copy.buffer as ArrayBuffer]);
};

/** How many entries the worker has inflated in this page (tests check that big entries leave the main thread). */
export function inflatedOffThread(): number {
  return worker.served();
}
