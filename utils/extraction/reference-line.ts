import { byTag } from './tag-list';
import { textOutsideLinks } from './text-outside-links';

/** A man page's section number after a reference ("(1)", "(3p)", "(8)"), printed inside or after its link. */
const SECTION_NUMBER = /\(\d[\p{L}\d]{0,3}\)/gu;

/** What may stand between the references of an inline list: commas and semicolons, in Latin and CJK script. */
const SEPARATORS = /^[\s,;、，；]*$/u;

/**
 * True when a line is a list of references written inline: two links or more with nothing between them but commas or
 * semicolons (and a man page's section numbers): mandoc's and man7's "SEE ALSO" paragraph ("tar(1), rsync(1)"),
 * Doxygen's and Javadoc's "See also" references in one line. A teaser line ("READ MORE: …") and a menu ("Home | About")
 * are no list of this shape: a label, or bars between the links.
 */
export function isReferenceLine(el: Element): boolean {
  const links = byTag(el, 'a');
  if (links.length < 2) return false;
  const rest = textOutsideLinks(el).replace(SECTION_NUMBER, '');
  return /[,;、，；]/u.test(rest) && SEPARATORS.test(rest);
}
