import { dropUnlessArticle, sizeOf } from './clutter-guard';
import type { Census } from './page-census';

/** A consent banner's answers: the whole text of one of its buttons ("Accept all", "Deny", "Alle akzeptieren"). */
const CONSENT_ANSWER = new RegExp(
  '^(accept|allow|agree|deny|reject|decline|refuse|got it|ok|okay|i agree|i accept|accept all|allow all|' +
    'reject all|deny all|accept (all )?cookies|allow (all )?cookies|accept and close|agree and close|' +
    '(alle )?akzeptieren|(alle )?ablehnen|zustimmen|einverstanden|accepter( tout)?|refuser( tout)?|tout accepter|' +
    'tout refuser|aceptar( todo| todas)?|rechazar( todo| todas)?|accetta( tutto)?|rifiuta( tutto)?|' +
    'aceitar( todos)?|rejeitar( todos)?|同意する|すべて同意)[.!]?$',
  'iu',
);

/** Characters a consent banner holds at most (its notice and buttons; a preferences panel is larger, see below). */
const BANNER_CHARS = 800;

/**
 * A cookie consent banner its class words do not name (Finsweet's `fs-cc-banner_component` on Webflow sites, a
 * consent manager's hashed class names): from a button, a `role=button` or a link to `#` whose whole text is a
 * consent answer, the smallest box around it, under 800 characters, whose text speaks of cookies. The class-word
 * rule (CONSENT_CLASS in removeChrome) covers the named ones; this one reads the words, as a reader does.
 */
export function removeConsentBanners(c: Census): void {
  for (const list of [c.players, c.skipLinks]) {
    for (const control of list) {
      if (!control.isConnected || !CONSENT_ANSWER.test((control.textContent ?? '').replace(/\s+/g, ' ').trim()))
        continue;
      for (let box = control.parentElement; box && box !== box.ownerDocument.body; box = box.parentElement) {
        if (sizeOf(box).chars > BANNER_CHARS) break;
        if (/cookie|クッキー/i.test(box.textContent ?? '')) {
          dropUnlessArticle(box);
          break;
        }
      }
    }
  }
}
