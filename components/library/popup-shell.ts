import { firstScreenStamp, markListShown } from './first-screen';

/**
 * The popup's opening screen as HTML, rendered by the popup itself (preact-render-to-string, from the
 * first-screen picture of components/library/first-screen.ts) and kept in the extension's localStorage. The next popup
 * paints it before its code has loaded, so its first frame shows the list; the app then replaces it.
 * It holds no article HTML (only titles, sites and dates, which Preact escapes as text; a unit test saves
 * a title full of markup), only extension pages can write this storage, and the extension pages' CSP
 * runs no inline script whatever it holds.
 */
const STORAGE_KEY = 'offprint:popup-shell:v1';

interface PopupShell {
  /** The first-screen picture it was rendered from (its stored text). */
  picture: string;
  html: string;
}

function read(): PopupShell | null {
  try {
    const shell = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as PopupShell | null;
    return shell && typeof shell.picture === 'string' && typeof shell.html === 'string' ? shell : null;
  } catch {
    return null; // storage disabled or damaged: the popup paints once its code has loaded
  }
}

/** The kept shell when it was rendered from the current first-screen picture, else null. */
function current(): PopupShell | null {
  const stamp = firstScreenStamp();
  const shell = stamp === null ? null : read();
  return shell?.picture === stamp ? shell : null;
}

/** True when the kept shell was rendered from the current first-screen picture. */
export function popupShellIsCurrent(): boolean {
  return current() !== null;
}

/**
 * Paints the kept shell into `root` (inert: nothing in it works until the app replaces it) when it
 * matches the current picture. Returns whether it painted.
 */
export function paintPopupShell(root: HTMLElement): boolean {
  const shell = current();
  if (!shell) return false;
  root.innerHTML = shell.html;
  root.inert = true;
  markListShown();
  return true;
}

/**
 * Style attributes of rendered HTML (the list's spacer heights, progress widths). The pages' CSP
 * (style-src 'self') refuses them when HTML is parsed, with an error in the console: the shell keeps none.
 * Preact escapes quotes in text and attribute values, so this matches attributes only.
 */
const STYLE_ATTRIBUTE = / style="[^"]*"/g;

/** Keeps `html`, rendered from the current first-screen picture, for the next popup (without style attributes). */
export function savePopupShell(html: string): void {
  const picture = firstScreenStamp();
  if (picture === null) return;
  try {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ picture, html: html.replace(STYLE_ATTRIBUTE, '') } satisfies PopupShell),
    );
  } catch {
    /* quota: the shell is only a speed-up */
  }
}

/** Forgets the kept shell (a restore is about to rewrite the library: no title of the old one is kept). */
export function clearPopupShell(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing stored */
  }
}
