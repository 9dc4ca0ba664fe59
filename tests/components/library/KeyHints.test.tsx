import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { KeyHints } from '@/components/library/KeyHints';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

/** matchMedia answering `(pointer: coarse)` as a phone (true) or a desktop with a mouse (false). */
function pointer(coarse: boolean) {
  const real = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((q: string) =>
    q === '(pointer: coarse)' ? ({ ...real(q), matches: coarse, media: q } as MediaQueryList) : real(q),
  );
}

describe('KeyHints', () => {
  it('lists the library keys on a screen with a mouse and keyboard', () => {
    pointer(false);
    render(<KeyHints />, root);
    const keys = [...root.querySelectorAll('.hint.keys kbd')].map((k) => k.textContent);
    expect(keys).toEqual(['/', '↑', '↓', 'Enter', 'a', 'f', 'x', 'Del']);
  });

  it('shows nothing on a touch screen, where "press f" means nothing', () => {
    pointer(true);
    render(<KeyHints />, root);
    expect(root.querySelector('.hint.keys')).toBeNull();
    expect(root.textContent).toBe('');
  });
});
