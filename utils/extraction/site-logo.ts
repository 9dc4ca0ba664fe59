import type { Census } from './page-census';
import { baseOf } from './page-base';
import { closestMatch } from './dom-query';

/** What stands between the parts of a document's title ("Lawn Care Services | Pine Ridge Landscaping"). */
const TITLE_SEPARATOR = /\s+[|–—·•:-]\s+/;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The site's name as the page says it: `og:site_name`, `application-name`, the first and last parts of the title. */
function siteNames(doc: Document): Set<string> {
  const names = new Set<string>();
  // The head's children, read once (a selector query over the page is slow in jsdom).
  let title = '';
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
    if (el.tagName === 'TITLE') title ||= el.textContent ?? '';
    else if (el.tagName !== 'META') continue;
    const key = el.getAttribute('property') ?? el.getAttribute('name');
    const v = key === 'og:site_name' || key === 'application-name' ? squash(el.getAttribute('content') ?? '') : '';
    if (v) names.add(v);
  }
  const parts = (title || doc.title || '').split(TITLE_SEPARATOR);
  if (parts.length > 1) for (const p of [parts[0], parts[parts.length - 1]]) if (squash(p)) names.add(squash(p));
  return names;
}

/** True for a link to the site's home page (`/`, the origin, `rel=home`). */
function isHomeLink(a: Element, base: string): boolean {
  if ((a.getAttribute('rel') ?? '').split(/\s+/).includes('home')) return true;
  const href = a.getAttribute('href');
  if (href === null) return false;
  try {
    const url = new URL(href, base);
    return url.host === new URL(base).host && /^\/?(index\.\w+)?$/.test(url.pathname) && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** A call button's words: the number, maybe after "Call" / "Call us" / "Call now" ("Call (503) 555-0119"). */
const CALL_TEXT = /^(call( us| now| today)?:?\s*)?\+?[\d\s().\-/]{7,20}$/i;

/** Text-level wrappers a link's number may stand in: its block is the nearest ancestor that is none of them. */
const INLINE = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'FONT', 'U', 'MARK']);

/**
 * True for a call button: a `tel:` link saying its number, alone in its block (not a sentence's linked number: "or call
 * <span><a>303-436-4949</a></span>.").
 */
function isCallButton(a: Element, t: string): boolean {
  if (!(a.getAttribute('href') ?? '').trim().toLowerCase().startsWith('tel:') || !CALL_TEXT.test(t)) return false;
  let block = a.parentElement;
  while (block && INLINE.has(block.tagName)) block = block.parentElement;
  return squash(block?.textContent ?? '') === t;
}

/**
 * The site's logo written as text: a link to the home page whose words are the site's name ("Pine Ridge
 * Landscaping", as `og:site_name` or the document's title says it), and the header's call button (a `tel:` link
 * saying the number), before the page's `<h1>`. A site header drops with its landmark; a builder whose header is no
 * landmark (GoDaddy's `data-ux="Header"` carries `role="main"`) or a page without landmarks left the name and the
 * number as the text's first lines. The `<h1>` itself (a home page's title) stays.
 */
export function removeSiteLogos(c: Census): void {
  const at = c.shortTags.indexOf('H1');
  if (at < 0) return;
  const first = c.short[at];
  const doc = first.ownerDocument;
  let names: Set<string> | null = null;
  let base = '';
  // The short blocks before the first <h1> (the census's list, in page order).
  for (let i = 0; i < at; i++) {
    if (c.shortTags[i] !== 'A') continue;
    const el = c.short[i];
    // What the link says first (cheap), where it stands after (ancestor walks).
    const tel = (el.getAttribute('href') ?? '').trim().toLowerCase().startsWith('tel:');
    names ??= siteNames(doc);
    if (!tel && !names.size) continue;
    const t = squash(el.textContent ?? '');
    if (!t || t.length > 80 || (tel ? !isCallButton(el, t) : !names.has(t))) continue;
    if (el.contains(first) || !el.isConnected || closestMatch(el, 'h1')) continue;
    if (tel) el.remove();
    else if (isHomeLink(el, (base ||= baseOf(doc)))) el.remove();
  }
}
