import type { Census } from './page-census';
import { leafBlocks } from './trim-edges';
import { plain, REPEATED_SHARE, TELLING_LINE } from './mobile-copies';
import { joinRegExp } from '@/utils/lib/join-regexp';

/**
 * A section printed once for phones and once for wider screens, side by side: a builder's rows marked `mobile-only`
 * beside the same row marked `phone-hidden` (a hosted builder whose assets come from `content.app-sources.com`),
 * Elementor's `elementor-hidden-desktop` beside `elementor-hidden-mobile`, Bootstrap's `d-md-none` beside `d-none
 * d-md-block`, Bootstrap 3's `visible-xs` beside `hidden-xs`, Tailwind's `md:hidden` beside `hidden md:block`. A
 * stylesheet shows one per width; a saved page holds both and says every line twice.
 *
 * The pair is read first (two children of one parent saying the same lines), the class words second (which of the
 * two is the phone's): a block shown on phones only is no copy by its class alone (session 37's truths keep a phone
 * layout whose desktop twin is another shape, a table against cards), only when a sibling hidden on phones says its
 * lines again.
 */

/** A class word that shows a block on phones (or narrow screens) only. */
const PHONE_ONLY = joinRegExp(
  '(?:^|\\s)(?:',
  [
    /(?:mobile|phone)[-_]?only|only[-_](?:mobile|phone)/,
    /(?:visible|show|shown)[-_](?:on[-_]|for[-_])?(?:mobile|phone|xs)|(?:mobile|phone)[-_](?:visible|show)/,
    /(?:hide|hidden)[-_](?:on[-_]|for[-_])?desktop|desktop[-_](?:hide|hidden)|elementor-hidden-desktop/,
    /d-(?:sm|md|lg)-none|(?:sm|md|lg):hidden|show-for-small-only/,
  ],
  ')(?=\\s|$)',
  'i',
);

/** A class word that hides a block on phones (the wider screens' copy). */
const PHONE_HIDDEN = joinRegExp(
  '(?:^|\\s)(?:',
  [
    /(?:hide|hidden)[-_](?:on[-_]|for[-_])?(?:mobile|phone|xs)|(?:mobile|phone)[-_](?:hide|hidden)/,
    /desktop[-_]?only|only[-_]desktop|elementor-hidden-(?:mobile|phone)/,
    /d-(?:sm|md|lg)-(?:block|flex|grid)|(?:sm|md|lg):(?:block|flex|grid)|hide-for-small-only|show-for-medium(?:-up)?/,
  ],
  ')(?=\\s|$)',
  'i',
);

/** Characters a class string needs to hold either kind of word (`d-md-none` is the shortest). */
const SHORTEST_WORD = 9;

const classOf = (el: Element) => el.getAttribute('class') ?? '';

/** True when `cls` shows its block on phones only and does not also hide it there. */
export const isPhoneOnly = (cls: string) => PHONE_ONLY.test(cls) && !PHONE_HIDDEN.test(cls);

/** True when `cls` hides its block on phones and does not also show it there only. */
export const isPhoneHidden = (cls: string) => PHONE_HIDDEN.test(cls) && !PHONE_ONLY.test(cls);

/**
 * The lines of `copy` of 25 characters or more, plain (a line holding a drawing or a stylesheet left out); null when
 * they are fewer than 25 characters in all (a button's label, a menu's short items: no section).
 */
function tellingLines(copy: Element): string[] | null {
  const lines: string[] = [];
  for (const line of leafBlocks(copy)) {
    // A divider's drawing says its stylesheet as text (`.wave-4-bottom-0{fill:#FFFFFF;}`): no line of the section.
    if (line.tagName === 'svg' || line.querySelector('svg, style, script')) continue;
    const t = plain(line.textContent ?? '');
    if (t.length >= TELLING_LINE) lines.push(t);
  }
  return lines.length ? lines : null;
}

/** True when `twin`'s text says 80 % of the characters of `lines`. */
function saysAgain(lines: string[], twin: Element): boolean {
  const text = plain(twin.textContent ?? '');
  let all = 0;
  let said = 0;
  for (const t of lines) {
    all += t.length;
    if (text.includes(t)) said += t.length;
  }
  return said >= all * REPEATED_SHARE;
}

/**
 * Removes the phone copy of a section printed for phones and for wider screens side by side: a block whose class shows
 * it on phones only (see PHONE_ONLY) goes when a sibling of it whose class hides it on phones (see PHONE_HIDDEN) says
 * 80 % of its lines' characters (lines of 25 characters or more, letters and digits compared). The wider screens'
 * copy stays; so does a phone block whose sibling is another shape (a table's rows said as cards with short lines).
 * Reads the census's class strings, and the siblings of a phone-only block only.
 */
export function removeBreakpointTwins(c: Census): void {
  for (let i = 0; i < c.classed.length; i++) {
    const cls = c.classNames[i];
    if (cls.length < SHORTEST_WORD || !isPhoneOnly(cls)) continue;
    const el = c.classed[i];
    const parent = el.parentElement;
    if (!parent || !el.isConnected) continue;
    let lines: string[] | null | undefined;
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s === el || !isPhoneHidden(classOf(s))) continue;
      lines ??= tellingLines(el);
      if (!lines) break;
      if (!saysAgain(lines, s)) continue;
      el.remove();
      break;
    }
  }
}
