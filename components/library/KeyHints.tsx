import { isTouchScreen } from '@/utils/lib/is-touch-screen';

/** The library's keyboard shortcuts, in one quiet line; not shown on touch screens, which have no keys. */
export function KeyHints() {
  if (isTouchScreen()) return null;
  return (
    <p class="hint keys">
      <kbd>/</kbd> search · <kbd>↑</kbd>
      <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>a</kbd> archive · <kbd>f</kbd> favourite · <kbd>x</kbd> select ·{' '}
      <kbd>Del</kbd> delete
    </p>
  );
}
