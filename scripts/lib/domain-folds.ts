// Domain folds of a benchmark: every page of one site lands in the same fold, so figures on a fold
// whose sites were never looked at while writing rules show how the rules do on sites nobody has seen.

/** Number of folds. */
export const FOLDS = 5;

/**
 * The held-out fold, chosen before any page was opened: its pages are scored but never shown
 * (`--worst` skips them) and never read while writing rules.
 */
export const HELD_OUT_FOLD = 4;

/** Second-level labels under which a country code registers names ("bbc.co.uk", "abc.net.au"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'nic']);

/** The registrable part of a host ("forum.example.co.uk" → "example.co.uk"); a URL's host is taken first. */
export function siteOf(hostOrUrl: string): string {
  let host = hostOrUrl.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    /* not a URL: taken as a host */
  }
  const labels = host
    .replace(/^www\d*\./, '')
    .replace(/\.$/, '')
    .split('.')
    .filter(Boolean);
  const n = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** FNV-1a, 32 bits: a stable hash, the same on every machine and Node version. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fold (0 … folds − 1) of a page, from its site. */
export function foldOf(hostOrUrl: string, folds = FOLDS): number {
  return fnv1a(siteOf(hostOrUrl)) % folds;
}
