import type { BackupRecord } from '@/utils/data/backup/backup-format';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NONE = new Uint8Array(0);

/**
 * Takes the stored HTML out of records about to cross from the restore's worker to its page, as UTF-8 bytes in one
 * buffer (a view per record; transfer the buffer) and leaves `''` in `content.html`; `htmlOf` gives it back.
 * Why (docs/backup.md, session 29): the page holds a page's records for as long as the page before it takes to
 * sanitize, long enough for V8 to move their strings to its old generation, and an old string handed to the DOM
 * (DOMPurify's parse) is copied out to Blink's string heap and kept there until V8's next major collection: each
 * article's raw HTML stayed in memory twice, for thousands of articles at a time. Bytes are decoded into a new
 * string right before the sanitizer reads it, which dies young, and the page's buffer is freed once it is sanitized
 * (`releaseBuffer`). HTML that is not well-formed UTF-16 (a lone surrogate, which UTF-8 cannot carry) stays a string.
 */
export function takeHtml(recs: BackupRecord[]): Uint8Array[] {
  const parts = recs.map((r) => {
    const html = r.content?.html;
    if (typeof html !== 'string' || !html || !html.isWellFormed()) return NONE;
    r.content!.html = '';
    return encoder.encode(html);
  });
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  return parts.map((p) => {
    all.set(p, at);
    at += p.length;
    return all.subarray(at - p.length, at);
  });
}

/** A record's HTML: its `content.html`, or the bytes takeHtml took it out as. */
export function htmlOf(rec: BackupRecord, bytes: Uint8Array): string {
  const html = rec.content?.html ?? '';
  return bytes.length ? decoder.decode(bytes) : html;
}

/**
 * Frees an ArrayBuffer's memory now rather than at V8's next major collection (detaching it, as a transfer to
 * another thread does); every view of it reads as empty afterwards. Where the browser cannot detach, it is left.
 */
export function releaseBuffer(buffer: ArrayBufferLike): void {
  const b = buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };
  if (typeof b.transfer === 'function' && !b.detached) b.transfer(0);
}
