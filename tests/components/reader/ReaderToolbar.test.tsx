import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Article } from '@/utils/article';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import { ReaderToolbar } from '@/components/reader/ReaderToolbar';

let root: HTMLElement;
const article = { id: 1, title: 'A', status: 'unread', favorite: 0 } as Article;
const tick = () => new Promise((r) => setTimeout(r, 0));
const escape = (target: Element) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ReaderToolbar', () => {
  it('closes the settings popover with Esc instead of leaving the article', async () => {
    const back = vi.fn();
    const onDocument = vi.fn();
    document.addEventListener('keydown', onDocument); // where the reader's Esc (back to the list) listens
    render(
      <ReaderToolbar
        article={article}
        settings={DEFAULT_SETTINGS}
        onSettings={() => {}}
        onBack={back}
        onArchive={() => {}}
        onFavorite={() => {}}
        notice={null}
      />,
      root,
    );
    root.querySelector<HTMLButtonElement>('#settings-toggle')!.click();
    await tick();
    escape(root.querySelector('#reader-settings input[value="dark"]')!);
    await tick();
    expect(root.querySelector('#reader-settings')).toBeNull();
    expect(document.activeElement?.id).toBe('settings-toggle');
    expect(onDocument).not.toHaveBeenCalled();
    escape(root.querySelector('#settings-toggle')!); // closed: Esc reaches the reader again
    expect(onDocument).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', onDocument);
  });
});
