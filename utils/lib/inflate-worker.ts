// The zip reader's inflater, run as a dedicated worker (its own bundled file: fflate's built-in async
// workers are blob: scripts, which the extension's CSP forbids). One job in, the inflated bytes out.
import { inflateSync } from 'fflate';
import { crc32 } from './crc32';
import { serveWorkerJobs } from './serve-worker-jobs';

/** A job: deflated bytes and the size the archive declares for them (the output never grows past it). */
export interface InflateJob {
  raw: Uint8Array;
  size: number;
}

/** The inflated bytes with their CRC-32. */
export interface Inflated {
  out: Uint8Array;
  crc: number;
}

serveWorkerJobs<InflateJob, Inflated>(
  ({ raw, size }) => {
    const out = inflateSync(raw, { out: new Uint8Array(size) });
    return { out, crc: crc32(out) };
  },
  ({ out }) => [out.buffer as ArrayBuffer],
);
