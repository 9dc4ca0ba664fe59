import { joinRegExp } from '@/utils/lib/join-regexp';

/** Attributes lazy-loading scripts keep the real image URL in, most specific first. */
export const LAZY_SRC_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-orig-file',
  'data-actualsrc',
  'data-echo',
];
/** Attributes holding a lazy srcset. */
export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];

/** URLs of analytics beacons and spacer images: never part of an article. */
const TRACKER = joinRegExp(
  '',
  [
    /(?:\/|\b)(?:pixel|beacon|spacer|blank|transparent|1x1|clear)\.(?:gif|png)\b/i,
    /\/(?:pixel|beacon|tr|collect|b\/ss)\b[/?]|doubleclick\.net|google-analytics\.com|facebook\.com\/tr/i,
    /scorecardresearch\.com|quantserve\.com/i,
  ],
  '',
  'i',
);
/** Largest width we pick from a srcset: beyond this an image is heavy and gains nothing in a reading column. */
const MAX_WIDTH = 2000;

/** The candidates of a srcset as the HTML spec tokenizes them (URLs may hold commas; descriptors follow). */
export function parseSrcset(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i])) i++;
    let j = i;
    while (j < srcset.length && !/\s/.test(srcset[j])) j++;
    let url = srcset.slice(i, j);
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const k = srcset.indexOf(',', j);
      descriptor = srcset.slice(j, k < 0 ? srcset.length : k).trim();
      j = k < 0 ? srcset.length : k + 1;
    }
    if (url) out.push({ url, descriptor });
    i = j;
  }
  return out;
}

/** The best candidate of a srcset: the widest up to MAX_WIDTH (or highest density), else the smallest above it. */
export function bestSrcsetCandidate(srcset: string, base: string): string | null {
  const cands = parseSrcset(srcset)
    .filter((c) => !c.url.startsWith('data:'))
    .map(({ url, descriptor: d }) => ({
      url,
      n: d.endsWith('w') ? parseFloat(d) || 1000 : (parseFloat(d) || 1) * 1000,
    }));
  if (!cands.length) return null;
  const fit = cands.filter((c) => c.n <= MAX_WIDTH).sort((a, b) => b.n - a.n)[0] ?? cands.sort((a, b) => a.n - b.n)[0];
  return absoluteUrl(fit.url, base);
}

/** An absolute http(s) URL, or null for anything else (data:, javascript:, garbage). */
export function absoluteUrl(url: string | null | undefined, base: string): string | null {
  if (!url?.trim()) return null;
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** True for a src that only stands in while a script loads the real image (data: URIs, blank gifs). */
function isPlaceholder(src: string | null): boolean {
  return (
    !src ||
    (/^data:/i.test(src) && src.length < 400) ||
    /(?:blank|placeholder|lazy|spacer|transparent|loading)[^/]*\.(?:gif|png|svg)/i.test(src)
  );
}

/** The URL an <img> really shows: <picture> source, lazy attributes, srcset, then src. */
export function pickImageUrl(img: Element, base: string): string | null {
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  for (const source of picture ? [...picture.querySelectorAll('source')] : []) {
    const set = source.getAttribute('srcset') ?? LAZY_SRCSET_ATTRS.map((a) => source.getAttribute(a)).find(Boolean);
    const best = set ? bestSrcsetCandidate(set, base) : null;
    if (best) return best;
  }
  for (const a of [...LAZY_SRCSET_ATTRS, 'srcset']) {
    const set = img.getAttribute(a);
    const best = set ? bestSrcsetCandidate(set, base) : null;
    if (best) return best;
  }
  for (const a of LAZY_SRC_ATTRS) {
    const url = absoluteUrl(img.getAttribute(a), base);
    if (url) return url;
  }
  const src = img.getAttribute('src');
  return isPlaceholder(src) ? null : absoluteUrl(src, base);
}

/** True for an image that is a tracking pixel or a spacer (declared or measured at 2 px or less). */
export function isTrackingPixel(img: Element, url: string | null, natural?: { w: number; h: number }): boolean {
  const w = parseInt(img.getAttribute('width') ?? '', 10);
  const h = parseInt(img.getAttribute('height') ?? '', 10);
  if ((w >= 0 && w <= 2) || (h >= 0 && h <= 2)) return true;
  if (natural && natural.w > 0 && natural.w <= 2 && natural.h <= 2) return true;
  return !!url && TRACKER.test(url);
}

/** Turns `<noscript><img …></noscript>` into the image it holds (or feeds it to the lazy image before it). */
function unwrapNoscripts(doc: Document, base: string): void {
  for (const ns of [...doc.querySelectorAll('noscript')]) {
    const tpl = doc.createElement('template');
    tpl.innerHTML = ns.innerHTML.includes('&lt;') ? (ns.textContent ?? '') : ns.innerHTML;
    const inner = tpl.content.querySelector('img');
    if (!inner || tpl.content.querySelectorAll('img').length !== 1) continue;
    const prev = ns.previousElementSibling;
    const lazy =
      prev?.tagName === 'IMG' ? prev : prev?.querySelectorAll('img').length === 1 ? prev.querySelector('img') : null;
    if (lazy && !pickImageUrl(lazy, base)) {
      for (const a of ['src', 'srcset', 'width', 'height', 'alt']) {
        const v = inner.getAttribute(a);
        if (v && (a === 'src' || a === 'srcset' || !lazy.getAttribute(a))) lazy.setAttribute(a, v);
      }
      ns.remove();
    } else if (!lazy) {
      ns.replaceWith(doc.importNode(inner, true));
    } else ns.remove();
  }
}

/**
 * Runs on a clone of the page before Readability and the sanitizer (which drop srcset and data-*):
 * gives every image its real absolute URL in `src`, keeps its size for a steady layout (measured on
 * the live page when the markup has none) and removes tracking pixels and spacers.
 */
export function resolveLazyImages(clone: Document, live: Document | null, base: string): void {
  const liveImgs = live ? [...live.querySelectorAll('img')] : [];
  const cloneImgs = [...clone.querySelectorAll('img')];
  const measured = new Map<Element, { w: number; h: number; src: string | null }>();
  if (liveImgs.length === cloneImgs.length)
    cloneImgs.forEach((img, i) =>
      measured.set(img, {
        w: liveImgs[i].naturalWidth,
        h: liveImgs[i].naturalHeight,
        src: absoluteUrl(liveImgs[i].getAttribute('src'), base),
      }),
    );
  unwrapNoscripts(clone, base);
  for (const img of [...clone.querySelectorAll('img')]) {
    const url = pickImageUrl(img, base);
    // The live size is the shown file's: it says nothing about a lazy image still on its placeholder.
    const live = measured.get(img);
    const natural = url && live && url === live.src ? live : undefined;
    const src = img.getAttribute('src');
    // No real URL behind a placeholder: the image never shows, so it has no place in the article.
    if (isTrackingPixel(img, url ?? absoluteUrl(src, base), natural) || (!url && isPlaceholder(src))) {
      img.remove();
      continue;
    }
    if (!url) continue;
    img.setAttribute('src', url);
    for (const a of [...LAZY_SRC_ATTRS, ...LAZY_SRCSET_ATTRS, 'srcset', 'sizes', 'loading']) img.removeAttribute(a);
    if (natural && natural.w > 0 && natural.h > 0 && !img.getAttribute('width') && !img.getAttribute('height')) {
      img.setAttribute('width', String(natural.w));
      img.setAttribute('height', String(natural.h));
    }
    if (img.parentElement?.tagName === 'PICTURE')
      img.parentElement.querySelectorAll('source').forEach((s) => s.remove());
  }
}

/** The distinct http(s) image URLs of stored article HTML, in order (the lead image first when given). */
export function listImageUrls(html: string, doc: Document, lead?: string | null): string[] {
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  const urls = [...tpl.content.querySelectorAll('img')]
    .map((i) => absoluteUrl(i.getAttribute('src'), 'http://invalid/'))
    .filter((u): u is string => !!u && !u.startsWith('http://invalid/'));
  return [...new Set([...(lead ? [lead] : []), ...urls])];
}
