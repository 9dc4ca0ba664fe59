import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { OffprintDB, setDb } from '@/utils/storage/db';
import type { Article } from '@/utils/article';
import { useReadingProgress } from '@/components/hooks/use-reading-progress';

let root: HTMLElement;
const article = { id: 1, progress: 0, status: 'unread' } as Article;

function Reader({ onFinished }: { onFinished(): void }) {
  useReadingProgress(article, true, onFinished);
  return null;
}

/** Scrolls to the end of a page taller than the window. */
function scrollToEnd() {
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 3000 });
  Object.defineProperty(window, 'scrollY', { configurable: true, value: 3000 - window.innerHeight });
  window.dispatchEvent(new Event('scroll'));
}

beforeEach(() => {
  setDb(new OffprintDB(`test-${crypto.randomUUID()}`));
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete (document.documentElement as { scrollHeight?: number }).scrollHeight;
  delete (window as { scrollY?: number }).scrollY;
});

describe('useReadingProgress', () => {
  it('calls the onFinished of the latest render at the end (settings changed while reading)', () => {
    const first = vi.fn();
    const latest = vi.fn();
    render(<Reader onFinished={first} />, root);
    render(<Reader onFinished={latest} />, root);
    scrollToEnd();
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
    scrollToEnd();
    expect(latest).toHaveBeenCalledTimes(1); // once per article
  });
});
