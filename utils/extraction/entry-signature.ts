/**
 * A member's name as a reference's summary entry opens with it: a sigil (YARD's `#` for an instance method, `.` for a
 * class method, `::`; YARD 0.8's `- (Boolean)` / `+ (Object)` before it), then the name, with Ruby's `?`, `!` or `=`.
 */
const ENTRY_NAME = /^(?:[#.]|::|([+-]\s*\([^()]{0,80}\)\s*))?[\p{L}_$][\p{L}\p{N}_$]*[?!=]?/u;

/** What follows a member's name in its signature: its parameters, right after it, or its return type after an arrow. */
const SIGNATURE_REST = /^\(|^\s*(?:⇒|→|->)\s*\S/u;

/** Characters of a summary entry's signature (YARD's constructor with ten keyword parameters: about 250). */
const MAX_SIGNATURE = 400;

/**
 * True for a link into the page whose whole text is a member's signature: YARD's method summary prints each entry as
 * `<a href="#initialize-instance_method">#<strong>initialize</strong>(contain: false, debug: false) ⇒ Launcher</a>`,
 * an attribute's as `#debug ⇒ Object`, each a link to the member's details further down, no `<code>` around it. A
 * table of contents links to the page's sections by their titles, which are words, not a name and its parameters.
 */
export function isSignatureLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.length < 2 || href[0] !== '#') return false;
  const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_SIGNATURE) return false;
  const name = ENTRY_NAME.exec(text);
  // YARD 0.8's return type before the name (`- (Boolean) valid?`) marks a signature as its parameters do.
  return !!name && (!!name[1] || SIGNATURE_REST.test(text.slice(name[0].length)));
}
