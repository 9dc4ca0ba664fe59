import { attachmentNameOf, docIdOf } from './doc-ids';
import type { LibraryKeys } from './library-keys';

/** The server-side names of one article's documents and attachments (keyed hashes of its gid). */
export interface DocNames {
  gid: string;
  article: string;
  images: string;
  body: string;
  original: string;
}

/** Names for many articles at once. */
export async function docNamesOf(keys: LibraryKeys, gids: string[]): Promise<Map<string, DocNames>> {
  const out = new Map<string, DocNames>();
  await Promise.all(
    [...new Set(gids)].map(async (gid) => {
      const [article, images, body, original] = await Promise.all([
        docIdOf(keys.mac, 'a', gid),
        docIdOf(keys.mac, 'i', gid),
        attachmentNameOf(keys.mac, gid, 'body'),
        attachmentNameOf(keys.mac, gid, 'original'),
      ]);
      out.set(gid, { gid, article, images, body, original });
    }),
  );
  return out;
}

/** Attachment names of an article's images, by URL. */
export async function imageNamesOf(keys: LibraryKeys, gid: string, urls: string[]): Promise<Map<string, string>> {
  const names = await Promise.all(urls.map((u) => attachmentNameOf(keys.mac, gid, `image\n${u}`)));
  return new Map(urls.map((u, i) => [u, names[i]]));
}
