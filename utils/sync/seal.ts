import { fromBase64, toBase64 } from '@/utils/lib/gzip';

/** AES-GCM ciphertext of a JSON document body, as stored on the server: fresh random IV each time. */
export interface Sealed {
  iv: string;
  ct: string;
}

/** Thrown when a ciphertext does not open: wrong key, modified, truncated, or moved to another document. */
export class UndecryptableError extends Error {
  constructor(what = 'document') {
    super(`A ${what} on the server could not be decrypted or failed its integrity check; it was skipped.`);
    this.name = 'UndecryptableError';
  }
}

const utf8 = new TextEncoder();
const IV_BYTES = 12;

/**
 * Encrypts bytes with AES-256-GCM under a fresh random 96-bit IV (`iv` only for known-answer tests).
 * `aad` binds the ciphertext to where it belongs (document id, attachment name): moved elsewhere, it fails.
 * Returns IV ‖ ciphertext ‖ tag.
 */
export async function sealBytes(key: CryptoKey, bytes: Uint8Array, aad: string, iv?: Uint8Array): Promise<Uint8Array> {
  const nonce = iv ?? crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce as BufferSource, additionalData: utf8.encode(aad) },
    key,
    bytes as BufferSource,
  );
  const out = new Uint8Array(IV_BYTES + ct.byteLength);
  out.set(nonce);
  out.set(new Uint8Array(ct), IV_BYTES);
  return out;
}

/** Decrypts what sealBytes made; throws UndecryptableError for anything modified. */
export async function openBytes(key: CryptoKey, sealed: Uint8Array, aad: string, what = 'file'): Promise<Uint8Array> {
  if (sealed.length < IV_BYTES + 16) throw new UndecryptableError(what);
  try {
    const pt = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) as BufferSource, additionalData: utf8.encode(aad) },
      key,
      sealed.subarray(IV_BYTES) as BufferSource,
    );
    return new Uint8Array(pt);
  } catch {
    throw new UndecryptableError(what);
  }
}

/** Encrypts a JSON value for a document body. */
export async function sealJson(key: CryptoKey, value: unknown, aad: string, iv?: Uint8Array): Promise<Sealed> {
  const sealed = await sealBytes(key, utf8.encode(JSON.stringify(value)), aad, iv);
  return { iv: toBase64(sealed.subarray(0, IV_BYTES)), ct: toBase64(sealed.subarray(IV_BYTES)) };
}

/** Decrypts a document body sealed by sealJson; throws UndecryptableError when it does not open. */
export async function openJson<T>(key: CryptoKey, sealed: Partial<Sealed>, aad: string): Promise<T> {
  if (typeof sealed?.iv !== 'string' || typeof sealed.ct !== 'string') throw new UndecryptableError();
  let bytes: Uint8Array;
  try {
    const iv = fromBase64(sealed.iv);
    const ct = fromBase64(sealed.ct);
    bytes = new Uint8Array(iv.length + ct.length);
    bytes.set(iv);
    bytes.set(ct, iv.length);
  } catch {
    throw new UndecryptableError();
  }
  if (bytes.length < IV_BYTES + 16 || fromBase64(sealed.iv).length !== IV_BYTES) throw new UndecryptableError();
  const pt = await openBytes(key, bytes, aad, 'document');
  try {
    return JSON.parse(new TextDecoder().decode(pt)) as T;
  } catch {
    throw new UndecryptableError();
  }
}
