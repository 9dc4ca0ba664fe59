import { DATE_TEXT } from './kind-text';

/**
 * The opening words of a post's edit stamp, in the languages forum engines ship: "Edited April 18, 2024 by …"
 * (Invision), "Last edited: Mar 27, 2025" (XenForo), "Last edited by … (2024-08-03 11:02:20)" (FluxBB, phpBB),
 * "(This post was last modified: … by …)" (MyBB), "Zuletzt bearbeitet von …", "Dernière modification par …",
 * "Editado por …", "Modificato da …", "Laatst bewerkt door …".
 */
const STAMP_OPENING = new RegExp(
  '^\\(?\\s*(' +
    [
      '(last )?(edited|modified)',
      'last updated',
      'this (post|message|reply|comment|topic) (was|has been) (last )?(edited|modified|updated)',
      '(zuletzt )?(bearbeitet|geändert)',
      '(dernière )?modification',
      '(message )?(modifié|édité)',
      '(última )?(edición|edição|modificación)',
      '(editado|modificado|editato|modificato)',
      'ultima modifica',
      '(laatst )?(bewerkt|gewijzigd)',
    ].join('|') +
    ')\\b',
  'iu',
);
/** Who made the edit, after the stamp's verb ("by rjones", "von rjones", "par rjones", "por", "da", "door"). */
const BY_MEMBER = /\b(by|von|par|por|da|door)\s+\S/iu;
/** Longest text of an edit stamp: a line, not a paragraph that opens with "Edited". */
const STAMP_TEXT = 120;
/** Longest text after a stamp in its box: the edit's reason and a link to the post's history. */
const STAMP_TAIL = 60;
/** A text node's first word may open a stamp: the only text nodes whose boxes are read. */
const STAMP_START = new RegExp(
  '^\\s*\\(?\\s*(last|this|edited|modified|zuletzt|bearbeitet|geändert|derni|modif|message|édité|últ|edi|ultima|' +
    'laatst|bewerkt|gewijzigd)',
  'iu',
);

/** Text with its runs of white space as one space, trimmed. */
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * True when `text` (one line) is a post's edit stamp: its opening words say the post was edited or modified, and it
 * names when (a date) or by whom ("by …"). "EDITED for a typo." is the member's own words and stays.
 */
export function isEditStamp(text: string): boolean {
  return text.length <= STAMP_TEXT && STAMP_OPENING.test(text) && (DATE_TEXT.test(text) || BY_MEMBER.test(text));
}

/**
 * The boxes in `source` (a post's text or the whole post) that print only its edit stamp (see isEditStamp), each the
 * outermost box whose text is the stamp (with the edit's reason and a link to its history after it): XenForo's
 * `div.message-lastEdit`, FluxBB's `p.postedit`, MyBB's `span.post_edit`, Invision's `<strong>Edited <time>…</time>
 * by …</strong>` in its box; found by their words, not their class names (hashed on some sites). The post's time and
 * text beside them stay.
 */
export function editStampBoxes(source: Element): Element[] {
  const out: Element[] = [];
  const doc = source.ownerDocument;
  const walker = doc.createTreeWalker(source, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (!STAMP_START.test(data)) continue;
    let box = n.parentElement;
    if (!box || box === source || out.some((b) => b.contains(box))) continue;
    const text = clean(box.textContent);
    // The stamp opens its box: a text node in the middle of a sentence is never one.
    if (!isEditStamp(text) || !text.startsWith(clean(data).slice(0, 8))) continue;
    // The box grows while its parent's text is the stamp, or a stamp that opens with it: Invision prints the reason
    // and a "(see edit history)" link after the stamp's `<strong>`, in the stamp's box.
    for (let up = box.parentElement; up && up !== source; up = up.parentElement) {
      const around = clean(up.textContent);
      const grown = around.startsWith(text) && around.length - text.length <= STAMP_TAIL && isEditStamp(around);
      if (around !== text && !grown) break;
      box = up;
    }
    out.push(box);
  }
  return out;
}
