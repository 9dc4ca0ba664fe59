import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { TagEditor } from '@/components/reader/TagEditor';
import { makeArticle } from '../../helpers/make-article';
import { until } from '../../helpers/render-hook';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('TagEditor', () => {
  it('a comma ends a tag as it is typed: "Food, Howto" and Enter give two tags', async () => {
    const db = new OffprintDB(`tag-editor-${crypto.randomUUID()}`);
    setDb(db);
    const { id } = await saveArticle(makeArticle('https://x.example/a', 'text'), db);
    root = document.createElement('div');
    document.body.append(root);
    render(<TagEditor id={id} tags={[]} />, root);
    const input = root.querySelector<HTMLInputElement>('#add-tag')!;
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('Food,');
    await until(async () => (await db.articles.get(id))?.tags.includes('food'));
    await until(() => input.value === '');
    type(' Howto');
    await new Promise((r) => setTimeout(r, 20)); // (Enter comes after the field re-rendered)
    input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(async () => (await db.articles.get(id))?.tags.length === 2);
    expect((await db.articles.get(id))?.tags).toEqual(['food', 'howto']);
  });
});
