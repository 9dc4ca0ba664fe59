import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/welcome/App';
import { stubBrowserGaps } from '../helpers/stub-browser';

// Issue 17, first run: the welcome page shows how to save (toolbar, Alt+Shift+S, context menu), offers the
// optional permission with its reason, and import from Pocket, Instapaper, Omnivore or bookmarks. Where the
// browser has no menus or shortcuts (Firefox for Android) it names only what works there.

let root: HTMLElement;
const until = async <T,>(fn: () => T, ms = 2000): Promise<T> => {
  const t0 = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
const ways = () => [...root.querySelectorAll('#how-to-save > li b')].map((b) => b.textContent);

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the welcome page', () => {
  it('shows the three ways to save, the permission with its reason, and the imports', async () => {
    render(<App menus keys />, root);
    expect(ways()).toEqual(['The toolbar button.', 'The keyboard.', 'The context menu.']);
    expect(text()).toContain('Press Alt+Shift+S on any page');
    expect(root.querySelectorAll('#how-to-save kbd')).toHaveLength(3);
    expect(text()).toContain('Save page to Offprint');
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Save a page', 'One permission, if you like', 'Bring your reading list']);
    await until(() => root.querySelector('[aria-labelledby="permissions-title"] #welcome-allow-images'));
    expect(root.querySelector('[aria-labelledby="permissions-title"]')!.textContent).toMatch(/images/i);
    expect(text()).toMatch(/Pocket.*Instapaper.*Omnivore.*bookmarks/);
    expect(root.querySelector('[aria-labelledby="import-title"] input[type="file"]')).not.toBeNull();
    expect(root.querySelector('a[href="/privacy.html"]')).not.toBeNull();
  });

  it('names only the toolbar button where there are no menus and no shortcuts (Firefox for Android)', () => {
    render(<App menus={false} keys={false} />, root);
    expect(ways()).toEqual(['The toolbar button.']);
    expect(text()).not.toContain('Alt+Shift+S');
    expect(text()).not.toContain('Right-click');
  });
});
