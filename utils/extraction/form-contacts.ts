import { saysPhoneOrEmail } from './contact-tail';
import { byTag } from './tag-list';

/** A link that is a contact detail itself: a phone number, an e-mail address, a text message or a call. */
const CONTACT_HREF = /^\s*(?:tel|mailto|callto|sms):/i;

/**
 * A box named as a call to action or a promotion ("block-cta-wrapper", "promo", "newsletter-signup", "free-trial"):
 * its phone line is the pitch's ("Get In Touch: 858-…" over "Let us earn your trust" and a trial form), not a
 * contact page's details, and the form's root climbs on through it.
 */
const PITCH_BOX =
  /(^|[\s_-])(cta|promo|promotion|signup|newsletter|subscribe|subscription|trial|demo|upsell)([\s_-]|$)/i;

/** Inputs a reader fills in (not hidden, not a button, not a consent box). */
const FILLED_INPUT = /^(?:text|email|tel|number|url|search|date|)$/;

/**
 * True when the form (`root`, or the form in it) asks for an e-mail address and nothing else: a sign-up's form (a
 * newsletter, a free trial), whose box's phone line is its pitch's ("Get In Touch: 858-…" over "Let us earn your trust"
 * and an e-mail field), not a contact page's card beside its form, which asks for a message or for who is asking (a
 * name, a phone, a job). Read by structure, as PITCH_BOX reads names, where the names are hashed or the site's own.
 */
function asksEmailOnly(root: Element): boolean {
  const form = root.tagName === 'FORM' ? root : (root.querySelector('form') ?? root);
  let fields = 0;
  let email = false;
  for (const el of form.querySelectorAll('input, textarea, select')) {
    if (el.tagName === 'INPUT') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (!FILLED_INPUT.test(type)) continue;
      if (type === 'email' || /e-?mail/i.test(el.getAttribute('name') ?? '')) email = true;
    }
    if (++fields > 1) return false;
  }
  return email;
}

/**
 * True when a line is a contact detail printed as its link: every link in it is a `tel:`, `mailto:`, `callto:` or
 * `sms:` link, and its text says a phone number or an e-mail address ("<p><a href="mailto:hello@…">hello@…</a></p>",
 * "Call <a href="tel:…">020 7946 0000</a>"). Such a line is the page's detail, not a link line to another page.
 */
export function isContactLinkLine(el: Element, text: string): boolean {
  let any = false;
  for (const a of byTag(el, 'a')) {
    if (!CONTACT_HREF.test(a.getAttribute('href') ?? '')) return false;
    any = true;
  }
  return any && text.length <= DETAIL_CHARS && saysPhoneOrEmail(text);
}

/** Contact links a directory of contacts holds at least (a footer's column prints a phone, a fax and an e-mail). */
const DIRECTORY_LINKS = 4;

/**
 * True when `box`, outside its child `part`, holds a directory of contacts: four `tel:`, `mailto:`, `callto:` or
 * `sms:` links or more (a school's or a firm's contact page: a table of offices, each with its number and address
 * as links). A climb from the page's rights line (see removeFooterBand) stops below such a box: the page's content
 * stands beside the footer in it.
 */
export function holdsContactDirectory(box: Element, part: Element): boolean {
  let n = 0;
  for (const a of byTag(box, 'a'))
    if (!part.contains(a) && CONTACT_HREF.test(a.getAttribute('href') ?? '') && ++n >= DIRECTORY_LINKS) return true;
  return false;
}

/** Characters of a line read for a phone number or an e-mail address at most (a label and its value). */
const DETAIL_CHARS = 120;

/**
 * Characters of a line of prose read for a phone number or an e-mail address in it at most: a contact page's
 * invitation beside its form says them in a sentence ("Contact our office at (416) 555-0100 or info@… at your
 * earliest convenience to learn more about the services we offer.", Bricks' text block over its quote form).
 */
const SENTENCE_DETAIL_CHARS = 400;

/**
 * True when a box's text holds a line that is a contact detail (a phone number or an e-mail address), or a sentence
 * that gives one (see SENTENCE_DETAIL_CHARS).
 */
function saysContact(el: Element): boolean {
  for (const a of byTag(el, 'a')) if (CONTACT_HREF.test(a.getAttribute('href') ?? '')) return true;
  const text = el.textContent ?? '';
  if (!/\d{3}|@/.test(text)) return false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line && line.length <= SENTENCE_DETAIL_CHARS && saysPhoneOrEmail(line)) return true;
  }
  return false;
}

/**
 * True when `box`, outside `root` (the form or the part of `box` holding it), holds a contact detail: a `tel:` or
 * `mailto:` link, or a line that is a phone number or an e-mail address. A contact page prints its details beside
 * its form, in one card ("Call / WhatsApp 075 001 4548", "Email us …", "Based in …" in a panel left of a quote
 * form; "Location: / Phone: / Email:" items above "Get a quote"): the sign-up rule climbed from the form to the card,
 * under its 500 characters, and took the details with the form. The form's root now stops below such a box, unless
 * the box is named as a pitch (see PITCH_BOX) or its form asks for an e-mail address alone (see asksEmailOnly).
 */
export function holdsContactsBeside(box: Element, root: Element): boolean {
  if (PITCH_BOX.test(`${box.getAttribute('class') ?? ''} ${box.id}`) || asksEmailOnly(root)) return false;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling)
    if (c !== root && !c.contains(root) && saysContact(c)) return true;
  return false;
}
