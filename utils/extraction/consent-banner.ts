import { dropUnlessArticle, sizeOf } from './clutter-guard';
import type { Census } from './page-census';
import { queryFirst } from './dom-query';
import { memoTest } from './memo-test';

/** A consent banner's answers: the whole text of one of its buttons ("Accept all", "Deny", "Alle akzeptieren"). */
const CONSENT_ANSWER = new RegExp(
  '^(accept|allow|agree|deny|reject|decline|refuse|got it|ok|okay|i agree|i accept|accept all|allow all|' +
    'reject all|deny all|' +
    '(accept|allow|reject|deny|refuse|decline) (all |additional |optional |analytics |non-essential )?cookies|' +
    'accept and close|agree and close|' +
    '(alle )?akzeptieren|(alle )?ablehnen|zustimmen|einverstanden|accepter( tout)?|refuser( tout)?|tout accepter|' +
    'tout refuser|aceptar( todo| todas)?|rechazar( todo| todas)?|accetta( tutto)?|rifiuta( tutto)?|' +
    'aceitar( todos)?|rejeitar( todos)?|同意する|すべて同意|' +
    // A notice's one answer, to close it: "Dismiss" and its kin ("Understood", "Verstanden", "J'ai compris").
    "dismiss|understood|i understand|verstanden|ich verstehe|j'ai compris|j’ai compris|entendido|" +
    'ho capito|entendi|begrepen|了解|わかりました|' +
    // Dutch, Swedish, Polish, Czech, Turkish, Russian and Ukrainian answers.
    'accepteren|alles accepteren|akkoord|weigeren|acceptera( alla)?|godkänn( alla)?|jag förstår|' +
    'akceptuję|(za)?akceptuj( wszystkie)?|zgadzam się|odrzuć( wszystkie)?|rozumiem|přijmout( vše)?|souhlasím|' +
    'odmítnout( vše)?|rozumím|kabul et|kabul ediyorum|tümünü kabul et|reddet|anladım|' +
    'принимаю|принять( все)?|(я )?согласен|(я )?согласна|соглашаюсь|понятно|отклонить( все)?|' +
    'приймаю|прийняти( все)?|погоджуюсь|зрозуміло|відхилити( все)?)[.!]?$',
  'iu',
);

/** Characters a consent banner holds at most (its notice and buttons; a preferences panel is larger, see below). */
const BANNER_CHARS = 800;

/**
 * A cookie consent banner its class words do not name (Finsweet's `fs-cc-banner_component` on Webflow sites, a
 * consent manager's hashed class names): from a button, a `role=button`, a link to `#` or a link without an address
 * (a script's: Freedcamp's "Dismiss") whose whole text is a consent answer, the smallest box around it, under 800
 * characters, whose text speaks of cookies and that holds words besides its buttons and links (a row of answers
 * that name cookies, GOV.UK's "Accept additional cookies", is not yet the banner). A banner whose two sentences read
 * as prose still goes when it offers two answers (accept and reject). The class-word rule (CONSENT_CLASS in
 * removeChrome) covers the named ones; this one reads the words, as a reader does.
 */
export function removeConsentBanners(c: Census): void {
  for (const list of [c.players, c.skipLinks, c.scriptLinks, boxButtons(c)]) {
    for (const control of list) {
      if (!control.isConnected || !isAnswer(control)) continue;
      for (let box = control.parentElement; box && box !== box.ownerDocument.body; box = box.parentElement) {
        if (sizeOf(box).chars > BANNER_CHARS) break;
        // A row of answers alone ("Accept additional cookies", "Reject additional cookies", "View cookies") is not
        // the banner: the box with words of its own around them is.
        if (/cookie|クッキー/i.test(box.textContent ?? '') && /\S/.test(noticeText(box))) {
          // Two sentences of notice read as prose; a box that offers a choice (accept and reject) is a banner still.
          if (!dropUnlessArticle(box) && answersIn(box, c) >= 2) box.remove();
          break;
        }
      }
    }
  }
}

/** A class word that names a button: `btn`, `button`, or a compound ending or starting so (`t-btn`, `t657__btn`). */
const BUTTON_CLASS = memoTest(/(^|[\s_-])(btn|button)([\s_-]|$)/i);

/**
 * Buttons drawn as boxes: a `<div>` or `<span>` whose class word names a button (see BUTTON_CLASS) and whose whole
 * text is a consent answer (see isAnswer). Tilda's cookie notice (`t657`) answers with `<div class="t657__btn
 * t-btn">Принимаю</div>`: no `<button>`, role or link, and no class word names cookies. Read from the page's class
 * strings (one look-up each); the text only of the few that name a button.
 */
function boxButtons(c: Census): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < c.classed.length; i++) {
    if (!c.classNames[i] || !BUTTON_CLASS(c.classNames[i])) continue;
    const el = c.classed[i];
    if ((el.tagName === 'DIV' || el.tagName === 'SPAN') && sizeOf(el).chars < 40 && isAnswer(el)) out.push(el);
  }
  return out;
}

/** Words of consent to cookies in a dialog's text (English, German, French, Spanish, Italian, Portuguese, Dutch). */
const CONSENT_WORDS =
  /cookie|クッキー|consent|einwillig|zustimmung|consentement|t[ée]moins|consentimiento|consenso|consentimento|toestemming/i;

/** The text of a box outside its buttons and links: the notice a banner's answers stand under, if any. */
function noticeText(box: Element): string {
  let out = '';
  for (let n = box.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName !== 'A' && el.tagName !== 'BUTTON' && el.getAttribute('role') !== 'button') out += noticeText(el);
    }
  }
  return out;
}

/** True when a control's whole text is a consent answer (see CONSENT_ANSWER). */
function isAnswer(control: Element): boolean {
  return CONSENT_ANSWER.test((control.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** How many of the page's buttons and script links inside `box` are consent answers (see isAnswer). */
function answersIn(box: Element, c: Census): number {
  let n = 0;
  for (const list of [c.players, c.skipLinks, c.scriptLinks])
    for (const control of list) if (box.contains(control) && isAnswer(control)) n++;
  return n;
}

/**
 * True when one of the page's buttons (a `<button>`, a `role=button`, a link to `#` or without an address) inside
 * `el` says nothing but a consent answer ("Deny", "Allow all", "Alle akzeptieren"): a dialog that asks for consent
 * and offers its answers is a consent manager's, however much text its opened panels hold (Cookiebot's dialog with
 * its "Details" and "About" tabs opened outweighs a short page).
 */
function answersConsent(el: Element, c: Census): boolean {
  return answersIn(el, c) > 0;
}

/**
 * A consent manager's dialog of any size: an element that says it is a dialog (`<dialog>`, `role=dialog` or
 * `alertdialog`, `aria-modal="true"`) and whose text speaks of cookies or consent. OneTrust's preference centre is a
 * `role=dialog` of 3,000 characters and more (a paragraph per kind of cookie), past the banner rules' 800, and its
 * class words (`otPcCenter`, `ot-pc-content`) name nothing; Readability took its paragraphs where a page's own
 * were short. Never a dialog that holds the page's `<h1>`, a `<main>` or an article (a post opened over a feed), nor
 * one that holds more text than the rest of the page unless it offers a consent answer (see answersConsent).
 */
export function removeConsentDialogs(c: Census): void {
  const body = c.dialogs[0]?.ownerDocument.body;
  if (!body) return;
  for (const el of c.dialogs) {
    if (!el.isConnected || !sizeOf(el).chars || !CONSENT_WORDS.test(el.textContent ?? '')) continue;
    if (queryFirst(el, 'h1, main, article, [role="main"]')) continue;
    if (sizeOf(el).chars * 2 > sizeOf(body).chars && !answersConsent(el, c)) continue;
    el.remove();
  }
}
