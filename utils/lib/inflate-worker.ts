// The zip reader's inflater, run as a dedicated worker (its own bundled file: fflate's built-in async
// workers are blob: scripts, which the extension's CSP forbids). One job in, the inflated bytes out.
import { inflateSync } from 'fflate';
import { crc32 } from './crc32';

/** A job: deflated bytes and the size the archive declares for them (the output never grows past it). */
export interface InflateJob {
  id: number;
  raw: Uint8Array;
  size: number;
}

/** The answer: the bytes with their CRC-32, or why they could not be inflated. */
export type InflateReply = { id: number; out: Uint8Array; crc: number } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<InflateJob>) => void) | null;
  postMessage(m: InflateReply, transfer?: Transferable[]): void;
};
scope.onmessage = ({ data: { id, raw, size } }) => {
  try {
    const out = inflateSync(raw, { out: new Uint8Array(size) });
    scope.postMessage({ id, out, crc: crc32(out) }, [out.buffer]);
  } catch (e) {
    scope.postMessage({ id, error: (e as Error).message });
  }
};
