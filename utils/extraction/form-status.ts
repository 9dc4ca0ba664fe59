import { dropUnlessArticle, sizeOf } from './clutter-guard';
import { closestMatch } from './dom-query';
import { memoTest } from './memo-test';
import type { Census } from './page-census';

/** Parts of a class or id word that name a form or its message (`form`, `message`, `response`…). */
const FORM_PART = new Set([
  'form',
  'submit',
  'submission',
  'send',
  'sent',
  'message',
  'msg',
  'response',
  'notification',
]);

/** Parts of a class or id word that name an outcome of sending a form (`done`, `fail`, `success`, `sent`…). */
const OUTCOME_PART = new Set(
  'done fail failed failure success successful successbox sent submitted thanks thank error errors errorbox'.split(' '),
);

/**
 * True when a class or id word names what a form shows once it is sent: a part of it (split at `-`, `_` and a
 * lower-case letter before a capital) names a form or its message and another an outcome. Webflow's `w-form-done`
 * and `w-form-fail`, Nicepage's `u-form-send-success` and `u-form-send-error`, the Bootstrap templates'
 * `sent-message` and `error-message`, Tilda's `t-form__successbox`, Mailchimp's `mce-success-response`, HubSpot's
 * `submitted-message`, a theme's `formSuccess` or `thank-you-message`. A word naming an outcome alone
 * (`text-success`, `btn-success`, `has-error`) styles something else, and a part must be whole (InVision's
 * `ipsEntry` holds no "sent").
 */
function isStatusWord(word: string): boolean {
  const parts = word
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_]+/);
  const outcome = parts.findIndex((p) => OUTCOME_PART.has(p));
  return outcome >= 0 && parts.some((p, i) => i !== outcome && FORM_PART.has(p));
}

/** Whether a class and id string may hold a status word (one scan per string; the words are split only then). */
const mayNameStatus = memoTest(/(done|fail|success|sent|submitted|thank|error)/i);

/** Answers of namesStatus per class and id string: a page repeats its class strings. */
const statusNames = new Map<string, boolean>();

/** True when one of the words of a class and id string names a form's status (see isStatusWord). */
function namesStatus(s: string): boolean {
  if (!mayNameStatus(s)) return false;
  let v = statusNames.get(s);
  if (v === undefined) {
    if (statusNames.size >= 1024) statusNames.clear();
    v = s.split(/\s+/).some(isStatusWord);
    statusNames.set(s, v);
  }
  return v;
}

/** Characters of a status box at most: a line or two ("Thank you! Your submission has been received!"). */
const STATUS_CHARS = 300;

/**
 * True when `el` follows a `<form>` in the same parent with nothing between them but other status boxes (Webflow's
 * `.w-form` holds the form, then both boxes).
 */
function followsForm(el: Element): boolean {
  for (let p = el.previousElementSibling; p; p = p.previousElementSibling) {
    if (p.tagName === 'FORM') return true;
    const cls = p.getAttribute('class');
    if (!cls || !namesStatus(`${cls} ${p.id}`)) return false;
  }
  return false;
}

/**
 * A form's status boxes: what it says once sent ("Thank you! Your submission has been received!") or when sending
 * fails ("Oops! Something went wrong while submitting the form."). Builders print both in the page, hidden by
 * their style sheet until a script shows one, so a saved page's text held them at the end of the section the form
 * closes, though no reader of the page sees them (a contact band's form of call-to-action buttons, which the
 * sign-up rule leaves). A box goes when a class or id word names a form's message and an outcome (see isStatusWord),
 * it holds a line or two (300 characters at most), and it stands inside a `<form>` or right after one in the same
 * parent (past other status boxes only). Only pages with a form are read, and of them only the class strings that
 * name an outcome.
 */
export function removeFormStatus(c: Census): void {
  if (!c.forms.length) return;
  for (let i = 0; i < c.classed.length; i++) {
    if (!namesStatus(`${c.classNames[i]} ${c.ids[i]}`)) continue;
    const el = c.classed[i];
    const chars = sizeOf(el).chars;
    if (!chars || chars > STATUS_CHARS || !el.isConnected) continue;
    if (followsForm(el) || (el.parentElement && closestMatch(el.parentElement, 'form'))) dropUnlessArticle(el);
  }
}
