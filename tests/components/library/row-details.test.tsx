import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { render } from 'preact';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { Library } from '@/components/library/Library';
import type { ListVariant } from '@/components/library/row-height';
import { useLibraryState } from '@/components/hooks/use-library-state';
import { makeArticle } from '../../helpers/make-article';

// Issue 17, "Library and reader details": rows show the excerpt on the library page (not in the popup) and
// the stored lead image as a small thumbnail, from the local copy, never from the network.

let db: OffprintDB;
let root: HTMLElement;
const STORED = 'https://img.example/stored.png';
const NOT_STORED = 'https://img.example/not-stored.png';
const ids: Record<string, number> = {};

function Harness({ variant }: { variant: ListVariant }) {
  return (
    <Library lib={useLibraryState({ view: 'all' })} onOpen={vi.fn()} onOpenHighlight={vi.fn()} variant={variant} />
  );
}

async function until<T>(f: () => T | undefined | null | false, ms = 3000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
const row = (name: string) => root.querySelector(`#list .item[data-id="${ids[name]}"]`);

beforeEach(async () => {
  localStorage.clear();
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  const save = async (name: string, over: Parameters<typeof makeArticle>[2], at: number) =>
    (ids[name] = (await saveArticle(makeArticle(`https://news.example/${name}`, `body of ${name}`, over), db, at)).id);
  await save('with-image', { title: 'With image', excerpt: 'An excerpt of the story.', leadImageUrl: STORED }, 1);
  await save('image-not-stored', { title: 'Not stored', leadImageUrl: NOT_STORED }, 2);
  await save('no-image', { title: 'No image', excerpt: null }, 3);
  const bytes = new Uint8Array(64).map((_, i) => i);
  await db.images.put({
    articleId: ids['with-image'],
    url: STORED,
    // Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
    blob: new NodeBlob([bytes], { type: 'image/png' }) as unknown as Blob,
    type: 'image/png',
    bytes: bytes.length,
    width: 8,
    height: 8,
    savedAt: 1,
  });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('list rows', () => {
  it('on the library page: a two-line title, the excerpt, and the stored lead image as a local thumbnail', async () => {
    render(<Harness variant="page" />, root);
    const thumb = await until(() => row('with-image')?.querySelector<HTMLImageElement>('img.item-thumb'));
    expect(thumb.getAttribute('src')).toMatch(/^blob:/); // the local copy, not the page's address
    expect(thumb.getAttribute('alt')).toBe(''); // decorative: the title names the row
    expect(row('with-image')!.querySelector('.item-excerpt')!.textContent).toBe('An excerpt of the story.');
    expect(row('with-image')!.querySelector('.item-title')!.textContent).toBe('With image');
    // A lead image that was not stored shows nothing: no request to the network for a thumbnail.
    expect(row('image-not-stored')!.querySelector('img')).toBeNull();
    expect(row('no-image')!.querySelector('img, .item-excerpt')).toBeNull();
    expect(root.querySelector(`img[src="${STORED}"], img[src="${NOT_STORED}"]`)).toBeNull();
  });

  it('in the popup: the thumbnail, but no excerpt', async () => {
    render(<Harness variant="popup" />, root);
    await until(() => row('with-image')?.querySelector('img.item-thumb'));
    expect(root.querySelector('.item-excerpt')).toBeNull();
  });
});
