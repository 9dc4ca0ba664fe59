import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TagList } from '@/components/library/TagList';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { makeRow } from '../../helpers/make-article';

let root: HTMLDivElement;
let db: OffprintDB;

async function until<T>(check: () => T, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out; DOM: ' + root.innerHTML.slice(0, 600));
    await new Promise((r) => setTimeout(r, 10));
  }
}
const press = (el: Element, key: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

beforeEach(async () => {
  fakeBrowser.reset();
  db = new OffprintDB(`tags-${crypto.randomUUID()}`);
  setDb(db);
  await db.articles.bulkAdd([makeRow(1, { tags: ['food'] }), makeRow(2, { tags: ['food'] })]);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('TagList rename', () => {
  it('Enter confirms the new name; Esc leaves the old one and does not reach the list', async () => {
    const outside = vi.fn();
    root.addEventListener('keydown', outside);
    render(<TagList onPick={() => {}} />, root);
    (await until(() => root.querySelector<HTMLButtonElement>('[aria-label="Rename food"]')))!.click();
    const input = (await until(() => root.querySelector<HTMLInputElement>('.tag-rename')))!;
    input.value = 'cooking';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    press(input, 'Escape');
    await until(() => !root.querySelector('.tag-rename'));
    expect(outside).not.toHaveBeenCalled();
    expect((await db.articles.toArray()).map((a) => a.tags)).toEqual([['food'], ['food']]);

    root.querySelector<HTMLButtonElement>('[aria-label="Rename food"]')!.click();
    const again = (await until(() => root.querySelector<HTMLInputElement>('.tag-rename')))!;
    again.value = 'cooking';
    again.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20)); // the typed name is rendered, as between keystrokes
    again.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () =>
      expect((await db.articles.toArray()).map((a) => a.tags)).toEqual([['cooking'], ['cooking']]),
    );
  });
});
