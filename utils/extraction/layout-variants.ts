import type { Census } from './page-census';
import { inkChars } from './ink-chars';

/**
 * Framer's server-rendered copies of one component, one per breakpoint (`<div class="ssr-variant hidden-72rtr7
 * hidden-m3qyvn">`): each `hidden-<breakpoint>` class is `display: none` in that breakpoint's media query, so a saved
 * page holds the desktop, tablet and phone layouts of a section side by side, and says their text three times.
 */
const VARIANT = /(^|\s)ssr-variant(\s|$)/;
const HIDDEN_AT = /(?:^|\s)hidden-([a-z0-9]+)(?=\s|$)/g;

/** The breakpoints a variant is hidden at (its `hidden-` class words). */
function hiddenAt(cls: string): Set<string> {
  return new Set(Array.from(cls.matchAll(HIDDEN_AT), (m) => m[1]));
}

/** True when no breakpoint of `all` shows both `a` and `b`: they are copies of one component for different widths. */
function apart(a: Set<string>, b: Set<string>, all: Set<string>): boolean {
  for (const bp of all) if (!a.has(bp) && !b.has(bp)) return false;
  return true;
}

/**
 * Keeps one layout of each component Framer rendered for several breakpoints: of a run of `ssr-variant` siblings
 * that no breakpoint shows two of, the one holding the most text (the first of equals; the desktop layout, which
 * Framer prints first, when they say the same). A variant shown at every breakpoint is no copy and stays.
 */
export function removeLayoutVariants(c: Census): void {
  const hidden = new Map<Element, Set<string>>();
  const all = new Set<string>();
  for (let i = 0; i < c.classed.length; i++) {
    const cls = c.classNames[i];
    if (!cls.includes('ssr-variant') || !VARIANT.test(cls)) continue;
    const at = hiddenAt(cls);
    if (!at.size) continue;
    hidden.set(c.classed[i], at);
    for (const bp of at) all.add(bp);
  }
  if (hidden.size < 2) return;
  const grouped = new Set<Element>();
  for (const [first, at] of hidden) {
    if (grouped.has(first) || !first.isConnected) continue;
    const group: [Element, Set<string>][] = [[first, at]];
    for (let next = first.nextElementSibling; next; next = next.nextElementSibling) {
      const nextAt = hidden.get(next);
      if (!nextAt || !group.every(([, a]) => apart(a, nextAt, all))) break;
      group.push([next, nextAt]);
    }
    for (const [el] of group) grouped.add(el);
    if (group.length < 2) continue;
    let keep = group[0][0];
    let most = inkChars(keep);
    for (const [el] of group.slice(1)) {
      const n = inkChars(el);
      if (n > most) [keep, most] = [el, n];
    }
    for (const [el] of group) if (el !== keep) el.remove();
  }
}
