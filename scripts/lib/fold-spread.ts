// How far a fold of a given size strays from the whole set by chance: draws random groups of whole sites
// from the pages that were looked at (never the held-out fold), each group as many pages as the held-out
// fold holds of that type, and measures how far each group's mean F1 lies from the mean of all of them.
// The guard asks the held-out fold to stay within 0.03 of the full set; this says how often a
// fold of that size misses 0.03 with no fitting at all (for vanilla Readability, which nobody tuned).
import { siteOf } from './domain-folds';

export interface SpreadPage {
  url: string;
  /** Word F1 of one extractor on the page. */
  f1: number;
}

export interface Spread {
  /** Pages drawn from, and their sites. */
  pages: number;
  sites: number;
  /** Pages per drawn group (the held-out fold's count for the type). */
  size: number;
  /** Standard deviation of a group's mean around the mean of all pages. */
  sd: number;
  /** Share of groups whose mean lies more than `margin` below the mean of all pages. */
  below: number;
  /** Share of groups more than `margin` away on either side. */
  outside: number;
}

/** Mulberry32: a small seeded generator, so the same results give the same figures on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Draws `draws` groups of whole sites (sites in random order, added until the group holds at least `size`
 * pages) and measures how their means spread around the mean of all `pages`.
 */
export function foldSpread(pages: SpreadPage[], size: number, margin = 0.03, draws = 4000, seed = 1): Spread {
  const bySite = new Map<string, number[]>();
  for (const p of pages) {
    const site = siteOf(p.url);
    bySite.set(site, [...(bySite.get(site) ?? []), p.f1]);
  }
  const groups = [...bySite.values()];
  if (size < 1 || pages.length < size) throw new Error(`cannot draw ${size} pages from ${pages.length}`);
  const all = mean(pages.map((p) => p.f1));
  const random = mulberry32(seed);
  const offsets: number[] = [];
  for (let d = 0; d < draws; d++) {
    const order = groups.map((g) => ({ g, k: random() })).sort((a, b) => a.k - b.k);
    const drawn: number[] = [];
    for (const { g } of order) {
      if (drawn.length >= size) break;
      drawn.push(...g);
    }
    offsets.push(mean(drawn) - all);
  }
  return {
    pages: pages.length,
    sites: groups.length,
    size,
    sd: Math.sqrt(mean(offsets.map((o) => o * o))),
    below: offsets.filter((o) => o < -margin).length / draws,
    outside: offsets.filter((o) => Math.abs(o) > margin).length / draws,
  };
}
