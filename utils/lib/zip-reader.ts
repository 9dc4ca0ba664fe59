import { inflateSync, strFromU8 } from 'fflate';
import { crc32 } from './crc32';

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

/** Lists a zip's entries from its central directory; a file that is no zip throws ZipError. */
export async function openZip(blob: Blob): Promise<ZipReader> {
  if (blob.size < 22) throw new ZipError('This file is too small to be a zip archive.');
  const dir = await findDirectory(blob);
  if (dir.offset + dir.size > blob.size)
    throw new ZipError('This zip archive is cut short (its directory points past the end).');
  const v = await view(blob, dir.offset, dir.offset + dir.size);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  // Walk by the directory's byte size, not its 16-bit entry count (which wraps past 65,535 files).
  for (let p = 0; p + 46 <= v.byteLength;) {
    if (u32(v, p) !== 0x02014b50) throw new ZipError('The zip directory is damaged.');
    const nameLen = u16(v, p + 28);
    const name = decoder.decode(new Uint8Array(v.buffer, v.byteOffset + p + 46, nameLen));
    entries.set(name, {
      name,
      method: u16(v, p + 10),
      crc: u32(v, p + 16),
      compressedSize: u32(v, p + 20),
      size: u32(v, p + 24),
      offset: u32(v, p + 42),
    });
    p += 46 + nameLen + u16(v, p + 30) + u16(v, p + 32);
  }
  const entry = (name: string) => entries.get(name) ?? fail(`The archive has no file named ${name}.`);
  /** Decodes one entry from a buffer that holds the archive's bytes from `base` on. */
  const decode = (e: ZipEntry, buf: Uint8Array, base: number): Uint8Array | null => {
    const at = e.offset - base;
    if (at + 30 > buf.length) return null;
    const head = new DataView(buf.buffer, buf.byteOffset + at, 30);
    if (u32(head, 0) !== 0x04034b50) throw new ZipError(`${e.name} is damaged in the archive.`);
    const start = at + 30 + u16(head, 26) + u16(head, 28);
    if (start + e.compressedSize > buf.length) return null;
    return check(e, buf.subarray(start, start + e.compressedSize));
  };
  const bytes = async (name: string) => {
    const e = entry(name);
    const head = await view(blob, e.offset, e.offset + 30);
    if (u32(head, 0) !== 0x04034b50) throw new ZipError(`${name} is damaged in the archive.`);
    const start = e.offset + 30 + u16(head, 26) + u16(head, 28);
    return check(e, new Uint8Array(await blob.slice(start, start + e.compressedSize).arrayBuffer()));
  };
  const many = async (names: string[]) => {
    const out = new Map<string, Uint8Array>();
    const list = names.map(entry).sort((a, b) => a.offset - b.offset);
    for (let i = 0; i < list.length;) {
      const base = list[i].offset;
      let end = base;
      let j = i;
      for (; j < list.length && (j === i || list[j].offset + list[j].compressedSize - base < SPAN); j++)
        end = Math.max(end, list[j].offset + 30 + 1024 + list[j].name.length * 3 + list[j].compressedSize);
      const buf = new Uint8Array(await blob.slice(base, Math.min(end, blob.size)).arrayBuffer());
      for (const e of list.slice(i, j)) out.set(e.name, decode(e, buf, base) ?? (await bytes(e.name)));
      i = j;
    }
    return out;
  };
  const check = (e: ZipEntry, raw: Uint8Array) => {
    const name = e.name;
    let out: Uint8Array;
    try {
      // slice(): a view into a larger buffer would be stored whole by IndexedDB's structured clone.
      out =
        e.method === 0
          ? raw.slice()
          : e.method === 8
            ? inflateSync(raw, { out: new Uint8Array(e.size) })
            : fail(`${name} uses an unsupported compression method (${e.method}).`);
    } catch (err) {
      throw err instanceof ZipError
        ? err
        : new ZipError(`${name} is damaged in the archive (${(err as Error).message}).`);
    }
    if (out.length !== e.size || crc32(out) !== e.crc)
      throw new ZipError(`${name} is damaged in the archive (checksum mismatch).`);
    return out;
  };
  return { entries, has: (n) => entries.has(n), bytes, many, text: async (n) => strFromU8(await bytes(n)) };
}

function fail(message: string): never {
  throw new ZipError(message);
}
