import { saysPhoneOrEmail } from './contact-tail';
import { inCodeBlock } from './code-links';
import { type LinkReader, linkDensityOf } from './readability-checks';
import { byTag } from './tag-list';

/** A link's address that is a contact detail: a phone call, an e-mail, a text message. */
const CONTACT_HREF = /^\s*(?:tel|mailto|callto|sms):/i;

/** Characters of a contact link's text at most (a phone number or an e-mail address, not a sentence). */
const DETAIL_CHARS = 60;

/**
 * True when `a` is a contact detail printed as a link: a `tel:`, `mailto:`, `callto:` or `sms:` link whose own text
 * is the number or the address it dials or writes to ("(916) 890-4427", "sales@example.com"), not a "Call us" or an
 * "Email me" button.
 */
export function isContactDetailLink(a: Element): boolean {
  if (!CONTACT_HREF.test(a.getAttribute('href') ?? '')) return false;
  const t = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= DETAIL_CHARS && saysPhoneOrEmail(t);
}

/** True when the page holds a contact detail printed as a link (see isContactDetailLink): its links' addresses read. */
export function hasContactLinks(doc: Document): boolean {
  if (!doc.body) return false;
  for (const a of byTag(doc.body, 'a')) if (isContactDetailLink(a)) return true;
  return false;
}

/**
 * Readability's link density (see linkDensity in readability-checks.ts) with the contact details printed as links
 * counted as text (see isContactDetailLink), and with the links inside code blocks too when `code` (see
 * code-links.ts). A contact page prints each way to reach the firm as a label, its number or address as a link, and a
 * line after it ("Call or text / (916) 890-4427 / Fastest for same-day scheduling"; "Email / sales@…"): the number is
 * a quarter of the box's text, the address nearly all of it, and Readability's conditional cleaning (a box under 25
 * points whose link density passes 0.2) took both boxes out of the page and kept the service area and hours beside
 * them. The number is the information the page gives, not a link to another page.
 */
export function linkDensityReadingContacts(code: boolean) {
  return function (this: LinkReader, element: Element): number {
    return linkDensityOf(this, element, (a) => isContactDetailLink(a) || (code && inCodeBlock(a)));
  };
}

/** Has `reader` (after checkCheaply) count contact details printed as links as text (linkDensityReadingContacts). */
export function countContactLinksAsText(reader: object, code: boolean): void {
  (reader as { _getLinkDensity: (e: Element) => number })._getLinkDensity = linkDensityReadingContacts(code);
}
