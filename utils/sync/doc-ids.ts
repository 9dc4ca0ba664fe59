/** Kinds of synced document: an article (its record, body and original) or the images of one article. */
export type DocKind = 'a' | 'i';

const utf8 = new TextEncoder();
const hex = (buf: ArrayBuffer, bytes: number) =>
  [...new Uint8Array(buf, 0, bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** HMAC-SHA-256 of a label under the library's id key, as 40 hex digits (160 bits). */
export async function keyedId(mac: CryptoKey, label: string): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', mac, utf8.encode(label)), 20);
}

/**
 * The server's id of an article's document: a keyed hash of its global id, so every browser with the key
 * finds the same document and the server learns neither URL nor title. A letter first: CouchDB reserves `_`.
 */
export async function docIdOf(mac: CryptoKey, kind: DocKind, gid: string): Promise<string> {
  return 'd' + (await keyedId(mac, `doc\n${kind}\n${gid}`));
}

/** The attachment name of one part of an article (its body, original, or the image at a URL). */
export async function attachmentNameOf(mac: CryptoKey, gid: string, part: string): Promise<string> {
  return 'f' + (await keyedId(mac, `att\n${gid}\n${part}`));
}
