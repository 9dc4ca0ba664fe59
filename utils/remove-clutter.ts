/** Text of a call to action: newsletter, subscribe, sign-up, pre-order, donate (a few languages). */
export const CTA_TEXT =
  /\b(newsletter|subscribe|subscription|sign[ -]?up|pre-?order|donate|enter your e-?mail|indicates required|successfu(l)?ly subscribed|abonn|suscr[ií]b|iscriviti|inscreva|anmelden|abonnieren)\w*/i;

/** Headings of link lists that are not the article. */
export const LIST_HEADING =
  /^\s*(related( articles| stories| news| content)?|more (news|stories|from|on)|editors['’]? picks|recommended|most (read|popular|viewed)|news feed|latest( news)?|trending|read (more|next|also)|you (may|might) also like|see also|top stories)\b/i;

/** Lines a page prints for machinery, not prose. */
const NOTICE_TEXT = /^\s*(skip to (main )?content|this audio is (created|generated)|listen to (this|the) article|advertisement|continue reading below|image \d+ of \d+)\b/i;

/** Removes a node, if it is still attached. */
function drop(el: Element | null | undefined) {
  el?.remove();
}

/** True when most of an element's text sits inside links. */
export function linkDensity(el: Element): number {
  const text = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!text) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / text;
}

/** The outermost ancestor that still holds only this widget (little text of its own besides it). */
function widgetRoot(el: Element, maxChars = 400): Element {
  let root = el;
  for (let p = el.parentElement; p && p.tagName !== 'BODY' && p.tagName !== 'ARTICLE' && p.tagName !== 'MAIN'; p = p.parentElement) {
    if ((p.textContent ?? '').trim().length > maxChars) break;
    if (p.querySelector('p') && [...p.querySelectorAll('p')].some((x) => (x.textContent ?? '').length > 160)) break;
    root = p;
  }
  return root;
}

/**
 * First clutter pass, before Readability, on a clone of the page: removes what is plainly not the
 * article (subscribe and newsletter forms with their wrappers, hidden content, skip links, audio
 * notices, link lists titled "related" / "more news" / "editors' picks" and the like).
 */
export function removeClutter(doc: Document): void {
  // Hidden content is not what the reader sees.
  for (const el of doc.querySelectorAll('[hidden], [aria-hidden="true"], template')) drop(el);
  // Forms that ask for an e-mail address are newsletter or account widgets, whatever their language.
  for (const input of doc.querySelectorAll('input[type="email"], input[name*="mail" i], input[placeholder*="mail" i]')) {
    const form = input.closest('form') ?? input.parentElement;
    if (form) drop(widgetRoot(form));
  }
  for (const form of doc.querySelectorAll('form')) {
    if (CTA_TEXT.test(form.textContent ?? '')) drop(widgetRoot(form));
  }
  // Skip links and machine notices.
  for (const a of doc.querySelectorAll('a[href^="#"]')) {
    if (/^\s*skip\b/i.test(a.textContent ?? '')) drop(a);
  }
  for (const el of doc.querySelectorAll('p, div, span, aside, section, a, button')) {
    const text = el.textContent ?? '';
    if (text.length < 120 && NOTICE_TEXT.test(text) && el.querySelectorAll('p').length <= 1) drop(el);
  }
  // Short blocks whose whole text is a call to action.
  for (const el of doc.querySelectorAll('aside, section, div, p')) {
    const text = (el.textContent ?? '').trim();
    if (text && text.length < 200 && CTA_TEXT.test(text) && !el.querySelector('p p')) {
      if (el.tagName === 'P' && text.length > 120) continue;
      drop(el);
    }
  }
  // Link lists under a "related" / "more news" style heading.
  for (const h of doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], header, strong, span, div')) {
    const own = (h.textContent ?? '').trim();
    if (!own || own.length > 40 || !LIST_HEADING.test(own)) continue;
    if (h.children.length > 2) continue;
    let block: Element = h;
    while (block.parentElement && !block.nextElementSibling && block.parentElement.tagName !== 'BODY') block = block.parentElement;
    const list = block.parentElement;
    if (list && list.tagName !== 'BODY' && list.tagName !== 'ARTICLE' && (list.textContent ?? '').length < 3000) {
      const ps = [...list.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 200);
      if (ps.length < 3) {
        drop(list);
        continue;
      }
    }
    drop(block);
  }
}
