import { inflateSync } from 'fflate';
import { crc32 } from './crc32';
import type { InflateJob, InflateReply } from './inflate-worker';

/** Inflates deflated bytes to at most `size` bytes; returns them with their CRC-32. */
export type Inflater = (raw: Uint8Array, size: number) => Promise<{ out: Uint8Array; crc: number }>;

/** Entries smaller than this inflate on the calling thread: a worker round trip costs more than they do. */
const SMALL = 256 * 1024;

/** Inflates on the calling thread (unit tests, and small entries). */
export const inflateHere: Inflater = async (raw, size) => {
  const out = inflateSync(raw, { out: new Uint8Array(size) });
  return { out, crc: crc32(out) };
};

let worker: Worker | null = null;
let next = 1;
const waiting = new Map<
  number,
  { resolve: (r: { out: Uint8Array; crc: number }) => void; reject: (e: Error) => void }
>();
let served = 0;

function startWorker(): Worker {
  // Vite bundles the worker as its own file (a 'self' script, allowed by the extension's CSP).
  const w = new Worker(new URL('./inflate-worker.ts', import.meta.url), { type: 'module', name: 'offprint-inflate' });
  w.onmessage = ({ data }: MessageEvent<InflateReply>) => {
    const job = waiting.get(data.id);
    waiting.delete(data.id);
    if (!job) return;
    served++;
    if ('error' in data) job.reject(new Error(data.error));
    else job.resolve({ out: data.out, crc: data.crc });
  };
  w.onerror = (e) => {
    for (const job of waiting.values()) job.reject(new Error(e.message || 'the inflate worker failed'));
    waiting.clear();
    worker = null;
  };
  return w;
}

/** True where a module worker can run (an extension page); not in the service worker or unit tests. */
export function workersAvailable(): boolean {
  return typeof Worker === 'function' && typeof document !== 'undefined' && /-extension:$/.test(location.protocol);
}

/**
 * Inflates off the page's main thread when it can (a dedicated worker, so a big page of a backup
 * does not freeze the options page), on the calling thread otherwise and for small entries.
 */
export const inflateOffThread: Inflater = (raw, size) => {
  if (size < SMALL || !workersAvailable()) return inflateHere(raw, size);
  worker ??= startWorker();
  const id = next++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // The compressed bytes are a copy of one entry's slice: handing them over costs nothing.
    const copy = raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength ? raw : raw.slice();
    worker!.postMessage({ id, raw: copy, size } satisfies InflateJob, [copy.buffer]);
  });
};

/** How many entries the worker has inflated in this page (tests check that big entries leave the main thread). */
export function inflatedOffThread(): number {
  return served;
}
