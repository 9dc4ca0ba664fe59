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

  it('closes the settings popover on a press outside it, and keeps it open on a press inside', async () => {
    render(
      <ReaderToolbar
        article={article}
        settings={DEFAULT_SETTINGS}
        onSettings={() => {}}
        onBack={() => {}}
        onArchive={() => {}}
        onFavorite={() => {}}
        notice={null}
      />,
      root,
    );
    root.querySelector<HTMLButtonElement>('#settings-toggle')!.click();
    await tick();
    const press = (t: Element) => t.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, cancelable: true }));
    press(root.querySelector('#reader-settings input[value="dark"]')!);
    await tick();
    expect(root.querySelector('#reader-settings')).not.toBeNull();
    press(document.body);
    await tick();
    expect(root.querySelector('#reader-settings')).toBeNull();
  });

  it('offers the fonts, justified text and width presets', async () => {
    const onSettings = vi.fn();
    render(
      <ReaderToolbar
        article={article}
        settings={DEFAULT_SETTINGS}
        onSettings={onSettings}
        onBack={() => {}}
        onArchive={() => {}}
        onFavorite={() => {}}
        notice={null}
      />,
      root,
    );
    root.querySelector<HTMLButtonElement>('#settings-toggle')!.click();
    await tick();
    const fonts = [...root.querySelectorAll<HTMLInputElement>('#reader-settings input[name="font"]')];
    expect(fonts.map((f) => f.value)).toEqual(['serif', 'sans', 'legible', 'mono']);
    fonts[2].click();
    expect(onSettings).toHaveBeenLastCalledWith({ font: 'legible' });
    root.querySelector<HTMLInputElement>('#reader-settings #justify')!.click();
    expect(onSettings).toHaveBeenLastCalledWith({ justify: true });
    const widths = [...root.querySelectorAll<HTMLInputElement>('#reader-settings input[name="width"]')];
    expect(widths.map((w) => w.parentElement!.textContent!.trim())).toEqual(['Narrow', 'Medium', 'Wide']);
    widths[2].click();
    expect(onSettings).toHaveBeenLastCalledWith({ width: 840 });
  });
});
