import type { Census } from './page-census';

/**
 * A contact page's own details at its end are its content, not the site's footer (see contactTail).
 *
 * Builders print a contact page as a title, an enquiry form ("Name*", "Email*", "Phone*", "Details of your enquiry*")
 * and a column of short lines, "Contact Information:", "Phone - 039 …", "Email - …", the street, the town. The
 * clutter pass and the copies leave the form's fields out, so the region's copy ended on the column's lines and the
 * tail rule read them as the site's address block after the content: a footer's lines have the same shape, and on
 * the solar dealer's hosted builder the form's row and the details' row are siblings in the page's box with its header,
 * as a footer's row is. What tells them apart is the page: a contact page (its address or its title says so) with an
 * enquiry form (a message box, or three fields of one form) says its details as its content.
 *
 * What it reads: the census keeps the page's typed fields (`<textarea>`, text, e-mail and phone inputs) as it walks
 * the page and, on a page with any, groups them by form (a `closest` per field); the test runs only when the tail rule
 * is about to remove a block (a few pages of a hundred) and reads the page's address and title. No class word or id.
 */

/** Fields of one form that asks who is asking and what (a name, an e-mail, a phone, a message) at least. */
const ENQUIRY_FIELDS = 3;

/**
 * A contact page's name in its address's last segment or its title (English, German, Dutch, French, Spanish,
 * Italian, Portuguese): "contact-us", "Contact Us – Firm", "Kontakt", "Contactez-nous", "Contacto", "Contatti".
 */
const CONTACT_PAGE = /(?:^|[^\p{L}])(?:contact|kontakt|contacto|contactez|contatti|contato)/iu;

/** The box that groups a field with its form's others: its `<form>`, or the box two levels up (a builder's fields). */
function formOf(field: Element): Element | null {
  return field.closest('form') ?? field.parentElement?.parentElement ?? null;
}

/**
 * True when `fields` (the page's typed fields, in the page as it is: see Census.fields) hold an enquiry form outside
 * the page's header, navigation and footer: a message box, or three fields of one form (a search box, a newsletter's
 * name and e-mail, a login are fewer).
 */
export function holdsEnquiryForm(fields: readonly Element[]): boolean {
  const counts = new Map<Element, number>();
  for (const f of fields) {
    if (f.closest('footer, header, nav, [role="contentinfo"]')) continue;
    if (f.tagName === 'TEXTAREA') return true;
    const form = formOf(f);
    if (!form) continue;
    const n = (counts.get(form) ?? 0) + 1;
    if (n >= ENQUIRY_FIELDS) return true;
    counts.set(form, n);
  }
  return false;
}

/** True when the page's address's last path segment or its title names a contact page (see CONTACT_PAGE). */
function namesContactPage(url: string, title: string): boolean {
  return CONTACT_PAGE.test(lastSegment(url)) || CONTACT_PAGE.test(title);
}

/** The last segment of an address's path ("" for none, or for no address). */
function lastSegment(url: string): string {
  try {
    return new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  } catch {
    return '';
  }
}

/**
 * True when an address block ending the page's text (see contactTail) is a contact page's own details: the page is
 * named a contact page (its address's last segment or its title, see CONTACT_PAGE) and holds an enquiry form outside
 * its header, navigation and footer (see holdsEnquiryForm).
 */
export function contactPageDetails(url: string, title: string, c: Census | null): boolean {
  return !!c?.enquiryForm && namesContactPage(url, title);
}
