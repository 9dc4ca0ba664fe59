import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/** Bytes gathered before they are folded into a Blob part (the browser may then page them to disk). */
const FOLD_BYTES = 8 * 1024 * 1024;

/** A zip being written chunk by chunk into Blob parts, so the whole archive is never one array in memory. */
export interface ZipWriter {
  /** Adds a file; `store` keeps it uncompressed (already-compressed images, gzip, EPUB's mimetype). */
  add(name: string, data: Uint8Array, opts?: { store?: boolean }): void;
  addText(name: string, text: string): void;
  /** Bytes written so far (compressed). */
  readonly bytes: number;
  /** Ends the archive and returns it as one Blob. */
  finish(type?: string): Promise<Blob>;
}

/** Starts a streaming zip (fflate's Zip) whose output is collected as Blob parts. */
export function createZipWriter(): ZipWriter {
  const blobs: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let total = 0;
  let error: Error | null = null;
  let done: (() => void) | null = null;
  let ended = false;
  const fold = () => {
    // One contiguous part per fold: a Blob made of thousands of tiny chunks is slow to slice and read.
    const part = new Uint8Array(pendingBytes);
    let at = 0;
    for (const c of pending) part.set(c, (at += c.length) - c.length);
    if (pendingBytes) blobs.push(new Blob([part as BlobPart]));
    pending = [];
    pendingBytes = 0;
  };
  const zip = new Zip((err, chunk, final) => {
    if (err) error = err;
    else {
      pending.push(chunk);
      pendingBytes += chunk.length;
      total += chunk.length;
      if (pendingBytes >= FOLD_BYTES) fold();
    }
    if (final || err) {
      ended = true;
      done?.();
    }
  });
  const add = (name: string, data: Uint8Array, opts: { store?: boolean } = {}) => {
    if (error) throw error;
    const file = opts.store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  };
  return {
    add,
    addText: (name, text) => add(name, strToU8(text)),
    get bytes() {
      return total;
    },
    async finish(type = 'application/zip') {
      zip.end();
      if (!ended) await new Promise<void>((r) => (done = r));
      if (error) throw error;
      fold();
      return new Blob(blobs, { type });
    },
  };
}
