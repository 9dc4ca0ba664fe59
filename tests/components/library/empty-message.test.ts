import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyMessage } from '@/components/library/empty-message';
import type { LibraryView } from '@/utils/search/search-articles';

const VIEWS: LibraryView[] = ['unread', 'archived', 'favorites', 'all'];
const texts = (shortcut?: boolean) =>
  VIEWS.flatMap((v) => ['', 'river'].map((q) => emptyMessage(v, q, shortcut)))
    .map((m) => `${m.title} ${m.hint}`)
    .join('\n');

describe('emptyMessage', () => {
  const saved = (fakeBrowser as any).commands;
  afterEach(() => {
    (fakeBrowser as any).commands = saved;
  });

  it('tells how to save, with the keyboard shortcut where the browser has one', () => {
    expect(emptyMessage('unread', '', true).hint).toBe(
      'Open an article and click the Offprint button (or press Alt+Shift+S) to save it.',
    );
    expect(emptyMessage('all', '', true).title).toBe('Your library is empty');
  });

  it('never names the shortcut where there are no keyboard commands (Firefox for Android)', () => {
    expect(emptyMessage('unread', '', false).hint).toBe('Open an article and click the Offprint button to save it.');
    expect(texts(false)).not.toMatch(/Alt\+Shift|shortcut|press Alt/i);
  });

  it('asks the browser by default: a browser without `commands` gets no shortcut', () => {
    expect(typeof (fakeBrowser as any).commands?.onCommand).toBe('object');
    expect(emptyMessage('unread', '').hint).toMatch(/Alt\+Shift\+S/);
    delete (fakeBrowser as any).commands;
    expect(texts()).not.toMatch(/Alt\+Shift/);
  });
});
