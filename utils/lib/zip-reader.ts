import { strFromU8 } from 'fflate';
import { crc32 } from './crc32';
import { inflateOffThread, type Inflater } from './inflate-off-thread';

/** One file listed in a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Thrown for a file that is not a readable zip (or a damaged entry in one). */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

/** Random access to the files of a zip held in a Blob/File: reads only the slices it needs. */
export interface ZipReader {
  entries: Map<string, ZipEntry>;
  has(name: string): boolean;
  bytes(name: string): Promise<Uint8Array>;
  text(name: string): Promise<string>;
  /** Several entries at once, read in as few Blob slices as possible (each Blob read is a round trip). */
  many(names: string[]): Promise<Map<string, Uint8Array>>;
  /**
   * Several entries as Blobs of the given MIME types (name → type), checked like many(). A stored entry
   * is a slice of the archive itself: its bytes are read for the check and let go, and whoever reads the
   * Blob (IndexedDB, when it stores it) reads them from the file again. No copy of the bytes is built
   * here, which costs main-thread time and memory for every image of a restore. A deflated entry is a
   * Blob of its inflated bytes.
   */
  blobs(types: Map<string, string>): Promise<Map<string, Blob>>;
  /**
   * many(names) and blobs(types) in one pass over the archive: entries that lie side by side (a backup
   * page's originals and images alternate) are read in one slice, not once for each kind.
   */
  files(
    names: string[],
    types: Map<string, string>,
  ): Promise<{ bytes: Map<string, Uint8Array>; blobs: Map<string, Blob> }>;
}

/** Limits that make a hostile archive fail with a clear error before it costs memory, time or disk. */
export interface ZipLimits {
  /** Most entries in the directory (each costs memory before anything is read). */
  maxEntries?: number;
  /** Largest uncompressed size allowed for an entry, by its name (its kind); past it the file is refused. */
  maxSize?: (name: string) => number;
  /** Most bytes all entries may expand to together (the sum the directory declares); past it the file is refused. */
  maxTotal?: number;
  /** How deflated entries are inflated; defaults to a worker off the page's main thread where there is one. */
  inflate?: Inflater;
}

/** Default cap on entries: a backup of 50,000 articles with originals and several images each fits. */
export const MAX_ZIP_ENTRIES = 500_000;
/** Default cap on one entry's uncompressed size when the caller names none. */
export const DEFAULT_ENTRY_CAP = 64 * 1024 * 1024;

const MB = (n: number) => `${Math.ceil(n / 1048576)} MB`;

/** An entry's checked bytes and where its data starts in the archive. */
interface Decoded {
  out: Uint8Array;
  start: number;
}

/** Largest span read in one slice by many(). */
const SPAN = 32 * 1024 * 1024;

const u16 = (v: DataView, o: number) => v.getUint16(o, true);
const u32 = (v: DataView, o: number) => v.getUint32(o, true);
const view = async (blob: Blob, start: number, end: number) => new DataView(await blob.slice(start, end).arrayBuffer());

async function findDirectory(blob: Blob): Promise<{ offset: number; size: number }> {
  const tailStart = Math.max(0, blob.size - 65557);
  const tail = await view(blob, tailStart, blob.size);
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) return { size: u32(tail, i + 12), offset: u32(tail, i + 16) };
  }
  throw new ZipError('This file is not a zip archive (no zip directory was found).');
}

/**
 * Lists a zip's entries from its central directory; a file that is no zip, or that breaks `limits`
 * (too many entries, an entry too large for its kind, more in total than the file can honestly hold,
 * two entries of one name), throws ZipError before any entry is inflated.
 */
export async function openZip(blob: Blob, limits: ZipLimits = {}): Promise<ZipReader> {
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
  const maxSize = limits.maxSize ?? (() => DEFAULT_ENTRY_CAP);
  const inflate = limits.inflate ?? inflateOffThread;
  if (blob.size < 22) throw new ZipError('This file is too small to be a zip archive.');
  const dir = await findDirectory(blob);
  if (dir.offset + dir.size > blob.size)
    throw new ZipError('This zip archive is cut short (its directory points past the end).');
  // Each directory record is at least 46 bytes: a directory too big for the entry cap is refused unread.
  if (dir.size > maxEntries * (46 + 512))
    throw new ZipError(
      `This archive lists too many files (Offprint reads at most ${maxEntries.toLocaleString('en')}).`,
    );
  const v = await view(blob, dir.offset, dir.offset + dir.size);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let total = 0;
  // Walk by the directory's byte size, not its 16-bit entry count (which wraps past 65,535 files).
  for (let p = 0; p + 46 <= v.byteLength;) {
    if (u32(v, p) !== 0x02014b50) throw new ZipError('The zip directory is damaged.');
    if (entries.size >= maxEntries)
      throw new ZipError(
        `This archive lists too many files (Offprint reads at most ${maxEntries.toLocaleString('en')}).`,
      );
    const nameLen = u16(v, p + 28);
    const name = decoder.decode(new Uint8Array(v.buffer, v.byteOffset + p + 46, nameLen));
    const e: ZipEntry = {
      name,
      method: u16(v, p + 10),
      crc: u32(v, p + 16),
      compressedSize: u32(v, p + 20),
      size: u32(v, p + 24),
      offset: u32(v, p + 42),
    };
    if (entries.has(name)) throw new ZipError(`The archive holds two files named ${name}.`);
    const cap = maxSize(name);
    if (e.size > cap)
      throw new ZipError(`${name} is too large (${MB(e.size)} unpacked; Offprint accepts at most ${MB(cap)} for it).`);
    if (e.method === 0 && e.compressedSize !== e.size) throw new ZipError(`${name} is damaged in the archive.`);
    total += e.size;
    entries.set(name, e);
    p += 46 + nameLen + u16(v, p + 30) + u16(v, p + 32);
  }
  if (limits.maxTotal != null && total > limits.maxTotal)
    throw new ZipError(
      `This archive would unpack to ${MB(total)}, far more than a file of ${MB(blob.size)} holds honestly; ` +
        'it is refused.',
    );
  return zipReaderOf(blob, entries, inflate);
}

/**
 * A reader over entries openZip has listed and checked (another thread's reader of the same file, given
 * the entries openZip found: a restore reads its pages in a worker).
 */
export function zipReaderOf(
  blob: Blob,
  entries: Map<string, ZipEntry>,
  inflate: Inflater = inflateOffThread,
): ZipReader {
  const entry = (name: string) => entries.get(name) ?? fail(`The archive has no file named ${name}.`);
  /**
   * Decodes one entry from a buffer that holds the archive's bytes from `base` on: its checked bytes and
   * where its data starts in the archive. Null when the buffer does not hold it all.
   */
  const decode = (e: ZipEntry, buf: Uint8Array, base: number, copy: boolean): Promise<Decoded> | null => {
    const at = e.offset - base;
    if (at + 30 > buf.length) return null;
    const head = new DataView(buf.buffer, buf.byteOffset + at, 30);
    if (u32(head, 0) !== 0x04034b50) throw new ZipError(`${e.name} is damaged in the archive.`);
    const start = at + 30 + u16(head, 26) + u16(head, 28);
    if (start + e.compressedSize > buf.length) return null;
    return check(e, buf.subarray(start, start + e.compressedSize), copy).then((out) => ({ out, start: base + start }));
  };
  /** One entry read on its own. */
  const read = async (name: string, copy = true): Promise<Decoded> => {
    const e = entry(name);
    const head = await view(blob, e.offset, e.offset + 30);
    if (u32(head, 0) !== 0x04034b50) throw new ZipError(`${name} is damaged in the archive.`);
    const start = e.offset + 30 + u16(head, 26) + u16(head, 28);
    const raw = new Uint8Array(await blob.slice(start, start + e.compressedSize).arrayBuffer());
    // A buffer of its own: the stored bytes need no copy.
    return { out: await check(e, raw, copy && e.method !== 0), start };
  };
  const bytes = async (name: string) => (await read(name)).out;
  /**
   * Reads and checks several entries in as few slices as possible; `copy(name)`: that entry's stored bytes are
   * copied out of the slice (they are kept; the others are only checked).
   */
  const readMany = async (names: string[], copy: (name: string) => boolean) => {
    const out = new Map<string, Decoded>();
    const list = names.map(entry).sort((a, b) => a.offset - b.offset);
    for (let i = 0; i < list.length;) {
      const base = list[i].offset;
      let end = base;
      let j = i;
      for (; j < list.length && (j === i || list[j].offset + list[j].compressedSize - base < SPAN); j++)
        end = Math.max(end, list[j].offset + 30 + 1024 + list[j].name.length * 3 + list[j].compressedSize);
      const buf = new Uint8Array(await blob.slice(base, Math.min(end, blob.size)).arrayBuffer());
      for (const e of list.slice(i, j)) {
        const keep = copy(e.name);
        out.set(e.name, await (decode(e, buf, base, keep) ?? read(e.name, keep)));
      }
      i = j;
    }
    return out;
  };
  const files = async (names: string[], types: Map<string, string>) => {
    const read = await readMany([...names, ...types.keys()], (name) => !types.has(name));
    const bytes = new Map<string, Uint8Array>();
    const blobs = new Map<string, Blob>();
    for (const [name, { out, start }] of read) {
      const type = types.get(name);
      if (type == null) bytes.set(name, out);
      else if (entry(name).method === 0) blobs.set(name, blob.slice(start, start + entry(name).size, type));
      else blobs.set(name, new Blob([out as BlobPart], { type }));
    }
    return { bytes, blobs };
  };
  const many = async (names: string[]) => (await files(names, new Map())).bytes;
  const blobs = async (types: Map<string, string>) => (await files([], types)).blobs;
  /** An entry's bytes, inflated when deflated, checked against its size and CRC-32. */
  const check = async (e: ZipEntry, raw: Uint8Array, copy = true): Promise<Uint8Array> => {
    const name = e.name;
    let out: Uint8Array;
    let crc: number;
    try {
      if (e.method === 0) {
        // slice(): a view into a larger buffer would be stored whole by IndexedDB's structured clone (blobs()
        // only checks the bytes and lets them go).
        out = copy ? raw.slice() : raw;
        crc = crc32(out);
      } else if (e.method === 8) {
        // The output buffer is the declared size: an entry that lies about its size cannot grow past it.
        ({ out, crc } = await inflate(raw, e.size));
      } else fail(`${name} uses an unsupported compression method (${e.method}).`);
    } catch (err) {
      throw err instanceof ZipError
        ? err
        : new ZipError(`${name} is damaged in the archive (${(err as Error).message}).`);
    }
    if (out.length !== e.size || crc !== e.crc)
      throw new ZipError(`${name} is damaged in the archive (checksum mismatch).`);
    return out;
  };
  return {
    entries,
    has: (n) => entries.has(n),
    bytes,
    many,
    blobs,
    files,
    text: async (n) => strFromU8(await bytes(n)),
  };
}

function fail(message: string): never {
  throw new ZipError(message);
}
