import type { Census } from './page-census';
import { leafBlocks } from './trim-edges';

/**
 * A class or id word that names a layout for phones: `comparison-page-mobile`, `mobile-compare-table`,
 * `cosmetic_packaging_mobilev__uJuug`, `hero-mobile-wrapper`. Words that hide a block on phones (`hide-for-mobile`,
 * `hidden-mobile`, `no-mobile`) name the other copy and are left out (see MOBILE_HIDDEN).
 */
const MOBILE_WORD = /mobile/i;
const MOBILE_HIDDEN = /(hide|hidden|no|not|desktop)[-_]?(for|on|in)?[-_]?mobile/i;

/** A CSS module's hash after a class name (`_mobilev__uJuug`): the two layouts' hashes differ. */
const MODULE_HASH = /__[A-Za-z0-9_-]{4,}$/;

/** A class or id word without its module hash, in lower case. */
const stem = (word: string) => word.replace(MODULE_HASH, '').toLowerCase();

/**
 * The names the desktop layout of a block named `word` goes by: "mobile" said "desktop" (`cosmetic_packaging_mobilev`
 * → `cosmetic_packaging_desktopv`), or left out with its separator (`compare-table-mobile` → `compare-table`,
 * `mobile-compare-table` → `compare-table`); compound names only.
 */
function desktopNames(word: string): string[] {
  const w = stem(word);
  const out = [w.replace('mobile', 'desktop')];
  const without = w.replace(/[-_]?mobile[-_]?/, (m) => (m.length === 'mobile'.length + 2 ? m[0] : ''));
  if (without !== w) out.push(without);
  // A compound name only: "desktop", "center" or "view" name a style, not a block; and one with a word besides
  // "desktop": a grid's column width at a breakpoint (`mobile-12` beside `desktop-12`) is a style too.
  return out.filter((n) => /[-_]/.test(n) && /\p{L}/u.test(n.replace('desktop', '')));
}

/** Characters of a copy at least: a section's text, not a button's ("Log in" for phones). */
const COPY_CHARS = 200;

/** Characters of a line of the copy for it to be looked up in the page (or in its twin, see removeBreakpointTwins). */
export const TELLING_LINE = 25;

/** Share of the copy's telling lines' characters the page (or its twin) says again for the copy to go. */
export const REPEATED_SHARE = 0.8;

/** Letters and digits only, lower case, one space between words: lines compared whatever their breaks and marks. */
export const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Every class and id word of the page, without module hashes (see stem). */
function pageNames(c: Census): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < c.classed.length; i++)
    for (const w of `${c.classNames[i]} ${c.ids[i]}`.split(/\s+/)) if (w) out.add(stem(w));
  return out;
}

/**
 * Whether the page names a block `name` (see pageNames), asked of its classes and ids in one lower-case string
 * first: a word's stem starts the word, so a name the string does not hold is none of the page's (most pages: their
 * "mobile-menu" has no "menu" twin), and the page's words are split only for a name it does hold.
 */
class PageNames {
  private all: string | null = null;
  private words: Set<string> | null = null;
  constructor(private readonly c: Census) {}
  has(name: string): boolean {
    this.all ??= `${this.c.classNames.join(' ')} ${this.c.ids.join(' ')}`.toLowerCase();
    if (!this.all.includes(name)) return false;
    this.words ??= pageNames(this.c);
    return this.words.has(name);
  }
}

/**
 * Tilda's record shown up to a screen width only (`t-screenmax-980px`, from the page's "show on screens" setting): the
 * layout for phones and tablets, printed beside the record for wider screens (`t-screenmin-980px`). No class word says
 * "mobile"; the width range is the name.
 */
const NARROW_RECORD = /(^|\s)t-screenmax-\d+px(\s|$)/;

/** True when a class or id string may hold "mobile" in any case (cheaper than MOBILE_WORD: most strings do not). */
const mayNameMobile = (s: string) => s.length >= 6 && (s.includes('obile') || s.includes('OBILE'));

/** True when `s` stands twice or more in `text`. */
function twice(text: string, s: string): boolean {
  const first = text.indexOf(s);
  return first >= 0 && text.indexOf(s, first + s.length) >= 0;
}

/**
 * Removes the phone layout of a section the page prints twice: a block whose class or id names phones (see MOBILE_WORD)
 * whose lines the page says a second time elsewhere (80 % of the characters of its lines of 25 characters or more),
 * the desktop layout's. A stylesheet shows one copy per screen width; a saved page holds both and said a tax
 * software's comparison table, its hero and its guide twice. The first such block of a pair goes and the page's text
 * is read again after it, so that the other copy, alone then, stays.
 */
export function removeMobileCopies(c: Census): void {
  let pageText: string | null = null;
  let names: PageNames | null = null;
  for (let i = 0; i < c.classed.length; i++) {
    const cls = c.classNames[i];
    const id = c.ids[i];
    // A Tilda record for narrow screens is a copy by its range (see NARROW_RECORD); its lines decide, below.
    const narrow = cls.includes('t-screenmax-') && NARROW_RECORD.test(cls);
    if (!narrow) {
      if (!(mayNameMobile(cls) && MOBILE_WORD.test(cls)) && !(mayNameMobile(id) && MOBILE_WORD.test(id))) continue;
      const ci = `${cls} ${id}`;
      if (MOBILE_HIDDEN.test(ci)) continue;
      // Its desktop layout is named after it: a class or id of the page says the same name for desktops (a bare
      // "mobile" or "mobile-center" beside other classes is a style's tweak for phones, not a copy's name).
      names ??= new PageNames(c);
      const known = names;
      const words = ci.split(/\s+/).filter((w) => MOBILE_WORD.test(w));
      if (!words.some((w) => desktopNames(w).some((n) => known.has(n)))) continue;
    }
    const el = c.classed[i];
    // A narrow record is the copy by its range, not only by its name: a short one (a hero's headline and button) is
    // asked too, on one telling line at least.
    const floor = narrow ? TELLING_LINE : COPY_CHARS;
    if ((el.textContent ?? '').length < floor || !el.isConnected) continue;
    const body = el.ownerDocument.body;
    if (!body) return;
    // Its telling lines first: a menu's short items are none, and the page's text is not read for it.
    const lines: string[] = [];
    let all = 0;
    for (const line of leafBlocks(el)) {
      const t = plain(line.textContent ?? '');
      if (t.length < TELLING_LINE) continue;
      lines.push(t);
      all += t.length;
    }
    if (all < floor) continue;
    pageText ??= plain(body.textContent ?? '');
    const text = pageText;
    // Asked until more than a fifth of the characters is said once: the copy's share is out of reach then.
    const short = (once: number) => all - once < all * REPEATED_SHARE;
    let once = 0;
    for (const t of lines) if (!twice(text, t) && short((once += t.length))) break;
    if (short(once)) continue;
    el.remove();
    pageText = null;
  }
}
