import { fromBase64, toBase64 } from '@/utils/lib/gzip';

/** Id of the one unencrypted document: how to derive the key, and a value to check it by. */
export const LIBRARY_DOC_ID = 'offprint-library';
/** PBKDF2-SHA-256 iterations for new libraries (OWASP's figure for 2023 on). */
export const KDF_ITERATIONS = 600_000;
/** Below this a library document is refused: a server could otherwise weaken the key of a new browser. */
export const MIN_KDF_ITERATIONS = 600_000;

/** How the key is derived from the passphrase; stored in the clear (it is not a secret). */
export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** 16 random bytes, base64. */
  salt: string;
}

/** The library document on the server: no secret in it, and nothing about the articles. */
export interface LibraryDoc {
  _id: typeof LIBRARY_DOC_ID;
  _rev?: string;
  format: 'offprint-sync';
  version: 1;
  kdf: KdfParams;
  cipher: 'AES-256-GCM';
  /** Key check value: 16 bytes derived from the key (never the key), base64. A wrong passphrase gives others. */
  check: string;
}

/** The keys of one library, non-extractable: stored in IndexedDB as they are, never exported. */
export interface LibraryKeys {
  /** AES-256-GCM for documents and attachments. */
  enc: CryptoKey;
  /** HMAC-SHA-256 for document ids and attachment names. */
  mac: CryptoKey;
}

/** Thrown when the passphrase does not open the library (the key check value differs). */
export class WrongPassphraseError extends Error {
  constructor() {
    super('This passphrase does not open the library on this server. Check it, or start over with a new database.');
    this.name = 'WrongPassphraseError';
  }
}

/** Thrown for a library document that this build cannot use (newer format, or too weak a key derivation). */
export class LibraryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryFormatError';
  }
}

const utf8 = new TextEncoder();
const subtle = () => crypto.subtle;
/** HKDF info strings: one key per purpose from the one PBKDF2 output. Changing them breaks every library. */
export const HKDF_INFO = { enc: 'offprint/v1/enc', mac: 'offprint/v1/id', check: 'offprint/v1/check' } as const;

async function hkdfBase(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const pass = await subtle().importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const master = await subtle().deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt) as BufferSource, iterations: kdf.iterations },
    pass,
    256,
  );
  return subtle().importKey('raw', master, 'HKDF', false, ['deriveKey', 'deriveBits']);
}

const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(info) });

/** Derives the library's keys and key check value from the passphrase (slow on purpose: ~0.5 s). */
export async function deriveLibraryKeys(
  passphrase: string,
  kdf: KdfParams,
): Promise<{ keys: LibraryKeys; check: string }> {
  const base = await hkdfBase(passphrase, kdf);
  const [enc, mac, check] = await Promise.all([
    subtle().deriveKey(hkdf(HKDF_INFO.enc), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    subtle().deriveKey(hkdf(HKDF_INFO.mac), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
    subtle().deriveBits(hkdf(HKDF_INFO.check), base, 128),
  ]);
  return { keys: { enc, mac }, check: toBase64(new Uint8Array(check)) };
}

/** A new library: fresh random salt, the keys, and the document to store on the server. */
export async function createLibrary(
  passphrase: string,
  iterations = KDF_ITERATIONS,
): Promise<{ doc: LibraryDoc; keys: LibraryKeys }> {
  const kdf: KdfParams = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
  };
  const { keys, check } = await deriveLibraryKeys(passphrase, kdf);
  return {
    doc: { _id: LIBRARY_DOC_ID, format: 'offprint-sync', version: 1, kdf, cipher: 'AES-256-GCM', check },
    keys,
  };
}

/** Checks a library document from the server; throws LibraryFormatError saying what is wrong. */
export function validateLibraryDoc(doc: unknown, minIterations = MIN_KDF_ITERATIONS): LibraryDoc {
  const d = doc as Partial<LibraryDoc> | null;
  if (!d || d.format !== 'offprint-sync')
    throw new LibraryFormatError('This database holds something other than an Offprint library.');
  if (typeof d.version !== 'number' || d.version > 1)
    throw new LibraryFormatError(
      'This library was made by a newer Offprint. Update Offprint on this browser, then turn sync on.',
    );
  const k = d.kdf;
  if (!k || k.name !== 'PBKDF2' || k.hash !== 'SHA-256' || typeof k.salt !== 'string' || fromBase64(k.salt).length < 16)
    throw new LibraryFormatError('The library document on the server is damaged (no key derivation settings).');
  if (!(k.iterations >= minIterations))
    throw new LibraryFormatError('The library document on the server asks for too weak a key derivation; refusing it.');
  if (d.cipher !== 'AES-256-GCM' || typeof d.check !== 'string')
    throw new LibraryFormatError('The library document on the server is damaged (no key check value).');
  return d as LibraryDoc;
}

/**
 * Opens an existing library with the passphrase: derives the keys with the document's salt and compares
 * the key check value. A wrong passphrase throws WrongPassphraseError before the caller writes anything.
 */
export async function unlockLibrary(
  doc: unknown,
  passphrase: string,
  minIterations = MIN_KDF_ITERATIONS,
): Promise<LibraryKeys> {
  const lib = validateLibraryDoc(doc, minIterations);
  const { keys, check } = await deriveLibraryKeys(passphrase, lib.kdf);
  if (check !== lib.check) throw new WrongPassphraseError();
  return keys;
}
