import { RIGHTS_TEXT } from './clutter-text';
import { linkDensity } from './clutter-guard';
import { leafBlocks } from './trim-edges';

/** Lines read back from the copy's end at most: a footer's address block is a handful of lines. */
const TAIL_LINES = 12;

/** Characters of a line of an address block at most (a street and town, "Tel: … | info@…", opening hours). */
const CONTACT_CHARS = 120;

/** Characters of a short line walked over that is no sentence (the firm's name, "24/7 emergency service"). */
const SHORT_CHARS = 40;

/** Characters of the one sentence that may end the copy after the block (an acknowledgement, a chat's greeting). */
const LAST_SENTENCE_CHARS = 200;

/** Marks of a footer's address block at least (an address and a phone number; a phone number and hours). */
const MARKS = 2;

/**
 * Lines of the block holding an address, a phone number or an e-mail at most: a footer prints one firm's (its street
 * and town, a phone and a fax, an e-mail); more are a list of entries (a directory, a catalog's page references).
 */
const ENTRY_LINES = 4;

/** Such lines in the copy before the block at least that make the block one of a list of like entries. */
const ENTRIES_BEFORE = 2;

const SENTENCE_END = /[.!?…。！？]\s*$/u;

/** The headings of a page's outline. */
const OUTLINE = /^H[1-3]$/;

/** A line that introduces what follows it: it ends in a colon ("Our details:", "Onze gegevens zijn:"). */
const INTRODUCES = /[:：]\s*$/u;

/**
 * A phone number: two groups of digits or more with spaces, dots, dashes or brackets between them, seven to fifteen
 * digits in all ("(970) 555-0126", "03 5555 0100", "+49 30 1234567"); a post's number ("No.81234562") is one group.
 */
const PHONE = /(?:^|[^\d\p{L}])(\+?\(?\d[\d ().-]{5,}\d)(?![\d\p{L}])/u;

/** A date ("2024-03-11", "03/15/23", "14.03.2024"): a line with one is a post's or a page's, not opening hours. */
const DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/;

/** An e-mail address. */
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+\.[\p{L}.]{2,}/u;

/**
 * A weekday's name or its three-letter abbreviation (English, German, French, Spanish, Italian, Dutch), or a shorter
 * abbreviation that begins a range or a list ("Mo–Fr", "Lu-Ve", "Ma:", Russian and Ukrainian "Пн-Пт"), as opening
 * hours begin.
 */
const WEEKDAY = new RegExp(
  '(?:^|[^\\p{L}])(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|monday|tuesday|wednesday|thursday|friday|saturday|' +
    'sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|' +
    'dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|' +
    'domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\.?(?![\\p{L}])|' +
    '(?:sat|sun|mo|di|mi|do|fr|sa|so|lu|ma|me|je|ve|ju|vi|wo|vr|za|zo|mar|mer|jeu|ven|sam|dim|lun|mié|gio|sab|dom|' +
    'пн|вт|ср|чт|пт|сб|вс|нд)' +
    '\\.?\\s*[-–—:])',
  'iu',
);

/** A time of day or "24/7" ("7:00 am", "7am", "9.30", "18 h", "8 Uhr"). */
const TIME = /\d{1,2}(?:[:.]\d{2}\s*(?:am|pm|h|uhr)?|\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)(?![\p{L}]))|24\/7/iu;

/**
 * A postal code beside a town or a post box: a state's or region's code and digits ("CO 80525", "VIC 3699"), a British
 * or Canadian postcode ("M17 1AB", "B3J 1A1"), digits before the town ("75011 Paris"), a Dutch postcode before it
 * ("1012 AB Amsterdam"), digits ending a street's line after the town ("263 Cromwell Road, Lombardy East,
 * Johannesburg, 2090", "…, Pune, Maharashtra 411004": South Africa, India, Denmark's and Norway's old forms; the line
 * opens with the house's number, so a place and a year, "Berlin, 2024", is none), "PO Box 12", "Postfach 10".
 */
const POSTAL = new RegExp(
  [
    /\b[A-Z]{2,3}\s\d{4,5}\b/.source,
    /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/.source,
    /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/.source,
    /(?:^|[\s,])\d{4,5}\s\p{Lu}\p{Ll}+/u.source,
    /(?:^|[\s,])\d{4}\s?[A-Z]{2}\s\p{Lu}\p{Ll}+/u.source,
    /^[^,]{0,12}\d[^,]*,.*\p{Lu}\p{Ll}+,?\s\d{4,6}$/u.source,
    /\b(p\.?\s?o\.?\s?box|postfach|apartado|bp)\s?\d+/.source,
  ].join('|'),
  'u',
);

/** A firm's registration ("Registered in England No. 09876543", "HRB 12345", "SIRET", "ABN", "KvK"). */
const REGISTRATION =
  /registered in [\p{L} ]+(no|number)|company (no|number|reg)|\bHRB\s?\d|\bSIRET\b|\bABN\b|\bKvK\b/iu;

/** Two times of day in a line (see TIME): a range of opening hours. */
const TIMES = new RegExp(`(?:${TIME.source}).*(?:${TIME.source})`, 'iu');

/** A currency sign or code: a price line ("From £2,400", "Follow-up (45 min): $110") is no address. */
const PRICE = /[$€£¥₹]|\b(usd|eur|gbp|chf)\b/i;

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of a line with its `<br>` breaks kept as newlines (an address printed as one paragraph of lines). */
function brokenText(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += (c as Text).data.replace(/\n/g, ' ');
    else if (c.nodeType === 1) out += (c as Element).tagName === 'BR' ? '\n' : brokenText(c as Element);
  }
  return out;
}

/** The kinds of mark a line may hold (see contactKinds). */
const LEGAL = 1;
const POSTAL_MARK = 2;
const PHONE_MARK = 4;
const HOURS_MARK = 8;
const EMAIL_MARK = 16;

/** How many kinds of mark a set of kind bits holds (see contactKinds). */
function kindCount(kinds: number): number {
  let n = 0;
  for (let k = kinds; k; k &= k - 1) n++;
  return n;
}

/** The marks of an address block a line holds: an address, a phone number, an e-mail, opening hours, a registration. */
function contactMarks(t: string): number {
  return kindCount(contactKinds(t));
}

/** The kinds of mark a line holds, as bits (LEGAL, POSTAL_MARK, PHONE_MARK, HOURS_MARK, EMAIL_MARK). */
function contactKinds(t: string): number {
  if (t.length > CONTACT_CHARS && !RIGHTS_TEXT.test(t)) return 0;
  const legal = REGISTRATION.test(t) || (t.length <= 200 && RIGHTS_TEXT.test(t));
  // A sentence that gives a number or hours ("Call the helpline on 0300 123 1032, Monday to Friday") is the page's.
  if (SENTENCE_END.test(t) && !legal) return 0;
  let k = legal ? LEGAL : 0;
  if (!PRICE.test(t) && !DATE.test(t)) {
    if (POSTAL.test(t) && t.includes(',')) k |= POSTAL_MARK;
    if (isPhone(t)) k |= PHONE_MARK;
    if (WEEKDAY.test(t) && TIME.test(t)) k |= HOURS_MARK;
  }
  if (EMAIL.test(t)) k |= EMAIL_MARK;
  return k;
}

/** The kinds of mark of a line's `<br>` lines, and how many of them hold an address, a phone number or an e-mail. */
function lineKinds(el: Element, t: string): { kinds: number; entries: number } {
  const parts = el.getElementsByTagName('br').length ? brokenText(el).split('\n') : [t];
  let kinds = 0;
  let entries = 0;
  for (const part of parts) {
    const k = contactKinds(part.replace(/\s+/g, ' ').trim());
    kinds |= k;
    if (k & (POSTAL_MARK | PHONE_MARK | EMAIL_MARK)) entries++;
  }
  return { kinds, entries };
}

/** True when `t` holds a phone number (see PHONE): seven to fifteen digits, in two groups or more. */
function isPhone(t: string): boolean {
  const m = PHONE.exec(t);
  if (!m) return false;
  const digits = m[1].replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 && /\d[ ().-]+\d/.test(m[1]);
}

/**
 * True when the line before `lines[i]` is a heading of the page's outline whose box (its parent) holds the lines from
 * it to the copy's end, and either the line before it stands outside that box or the box is not the copy's `root`
 * (the copy is that one section): a contact page's section, "Let's build together" over "Contact us for … enquiries."
 * and "Location: / Phone: / Email:" after it, in one column beside the form. A heading and a paragraph before the
 * site's footer stand in a box of their own, or in the copy's root with the lines before them.
 */
function headsSection(lines: Element[], i: number, root: Element | null): boolean {
  const head = i > 0 ? lines[i - 1] : null;
  const box = head?.parentElement;
  if (!head || !box || !OUTLINE.test(head.tagName) || !box.contains(lines[lines.length - 1])) return false;
  return i >= 2 ? !box.contains(lines[i - 2]) : !!root && box !== root;
}

/** True when a line is a phone number or an e-mail address, not a date or a price (see contactKinds). */
export function saysPhoneOrEmail(t: string): boolean {
  return EMAIL.test(t) || (!PRICE.test(t) && !DATE.test(t) && isPhone(t));
}

/**
 * True when a line holds a phone number, an e-mail address or opening hours, not a price: a contact detail at a text's
 * edge (see trimEdges). A number printed in pairs ("+7 928 231-31-91", Russia's and Ukraine's form) reads as a date
 * too; a date has eight digits at most, a phone number with its area code more.
 */
export function saysContactDetail(t: string): boolean {
  // Opening hours give a range of times ("Mo–Fr 8:00–17:00"); a dateline gives one ("Mon, 3 Mar, 2025 at 10:12 AM").
  if (EMAIL.test(t) || (WEEKDAY.test(t) && TIMES.test(t) && !DATE.test(t))) return true;
  if (PRICE.test(t) || !isPhone(t)) return false;
  return !DATE.test(t) || PHONE.exec(t)![1].replace(/\D/g, '').length > 8;
}

/**
 * The site's footer as its address block ending a copy of the page's main region (`lines`, its leaf blocks in order,
 * those already removed left out): from the end back, lines that are an address ("2211 SE Division St, Portland, OR
 * 97202"), a phone number, an e-mail, opening hours ("Mon–Sat 7am–7pm"), a rights or registration line, or short lines
 * that are no sentence ("24/7 emergency service") — and one sentence at the very end at most (an acknowledgement of
 * country, a chat widget's greeting). With two marks or more among them, the block goes from its first such line, and
 * the firm's name right above it (a short line that is no sentence and no heading of the page's outline). A page whose
 * footer is no landmark and whose class words are an unseen builder's names nothing to the clutter rules, and its
 * region ends on the firm's name, address, phone and hours: structure and the lines' shapes only.
 * Returns the lines to remove (none when the tail is not such a block).
 */
export function contactTail(lines: Element[], root: Element | null = null, held = false): Element[] {
  let marks = 0;
  let first = -1;
  let start = lines.length;
  let seen = false;
  let stop: Element | null = null;
  // Lines of the block that hold an address, a phone number or an e-mail: one entry's worth at most (see ENTRY_LINES).
  let entries = 0;
  // A line of the block that gives a detail (an address, a number, an e-mail, hours) and is no rights line.
  let details = false;
  // Lines with text count: a builder's icon box beside each detail (an `<svg>` in a `<div>` of its own) is no line.
  for (let i = lines.length - 1, n = 0; i >= 0 && n < TAIL_LINES; i--) {
    const el = lines[i];
    const t = textOf(el);
    if (!t) continue;
    n++;
    // A heading of the page's outline or a table ends the walk.
    if (OUTLINE.test(el.tagName) || el.tagName === 'TABLE') {
      stop = el;
      break;
    }
    const { kinds, entries: e } = lineKinds(el, t);
    if (kinds) {
      marks += kindCount(kinds);
      entries += e;
      if (!(kinds & LEGAL)) details = true;
      first = i;
    } else if (!(t.length <= SHORT_CHARS && !SENTENCE_END.test(t)) && linkDensity(el) < 0.5) {
      // One sentence may end the copy after the block; any other line ends the walk. A heading of the page's outline
      // right above that line makes the block its section, as a heading right above the block does, when one box
      // holds the heading, that line and the block and none of the lines before (see headsSection).
      if (seen && marks && headsSection(lines, i, root)) stop = lines[i - 1];
      if (seen || t.length > LAST_SENTENCE_CHARS) break;
    }
    seen = true;
    start = i;
  }
  // Under a heading the block is a section of the page's own: its "Contact us", a manual's "Author". Not under the
  // page's title when the copy is known to hold content between the two (`held`): the title heads the page.
  if (held && stop?.tagName === 'H1') stop = null;
  if (marks < MARKS || first < 0 || stop || entries > ENTRY_LINES) return [];
  // The firm's name right above the block's first line: a short line that is no sentence, no outline heading.
  let from = first;
  if (first > start) {
    const above = lines[first - 1];
    const t = textOf(above);
    if (t.length <= SHORT_CHARS && !SENTENCE_END.test(t)) from = first - 1;
  }
  // The block is the copy itself: a contact page's details under its title, or under a lead line that introduces them
  // ("Onze gegevens zijn:", "You can reach us at:"). Nothing before the block is a sentence or a paragraph (a line
  // longer than a short line, other than one ending in a colon), so there is no content for it to end. A rights line
  // alone ("© 2004–2026 Firm. All Rights Reserved.") is no page's details.
  let content = held;
  for (let i = 0; i < from && !content; i++) {
    const t = textOf(lines[i]);
    content = t.length > SHORT_CHARS && !INTRODUCES.test(t);
  }
  if (!content && details) return [];
  // One of a list of like entries (a directory's clinics, each an address, a phone number and an e-mail; a catalog's
  // "Pages 1-4" lines read as phone numbers): the copy before the block holds such lines too, so the block is the last
  // entry of the page's content, not the site's footer after it.
  let before = 0;
  for (let i = 0; i < from; i++) {
    const t = textOf(lines[i]);
    if (t && lineKinds(lines[i], t).entries && ++before >= ENTRIES_BEFORE) return [];
  }
  return lines.slice(from);
}

/**
 * Whether a kept text may end in an address block (see contactTail): its last lines hold two of its marks. Read on
 * the text before its element is walked, so most pages pay for a dozen lines' tests only.
 */
export function mayEndInContacts(text: string): boolean {
  const lines = text.slice(-2000).split('\n');
  let marks = 0;
  for (let i = lines.length - 1, n = 0; i >= 0 && n < TAIL_LINES + 4; i--) {
    const t = lines[i].replace(/\s+/g, ' ').trim();
    if (!t) continue;
    n++;
    marks += contactMarks(t);
    if (marks >= MARKS) return true;
  }
  return false;
}

/**
 * Removes the address block ending `root` (see contactTail); true when it removed one. `held`: the copy is known to
 * hold content before the block whatever its lines' length (a grid of cards of short lines, see cardsOverContacts).
 * `own`: asked of a block before it goes, true when the block is the page's own (a contact page's details, see
 * contactPageDetails), which then stays.
 */
export function removeContactTail(root: Element, held = false, own?: (tail: Element[]) => boolean): boolean {
  const tail = contactTail(leafBlocks(root), root, held);
  if (!tail.length || own?.(tail)) return false;
  for (const el of tail) el.remove();
  return tail.length > 0;
}
