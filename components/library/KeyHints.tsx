import { Fragment } from 'preact';
import { isTouchScreen } from '@/utils/lib/is-touch-screen';

const KEYS: [keys: string[], what: string][] = [
  [['/'], 'search'],
  [['↑', '↓'], 'move'],
  [['Enter'], 'open'],
  [['a'], 'archive'],
  [['f'], 'favourite'],
  [['x'], 'select'],
  [['Del'], 'delete'],
];

/** The library's keyboard shortcuts, in one quiet line; not shown on touch screens, which have no keys. */
export function KeyHints() {
  if (isTouchScreen()) return null;
  return (
    <p class="hint keys">
      {KEYS.map(([keys, what], i) => (
        <Fragment key={what}>
          {i > 0 && ' · '}
          {keys.map((k) => (
            <kbd key={k}>{k}</kbd>
          ))}{' '}
          {what}
        </Fragment>
      ))}
    </p>
  );
}
