import { APPEAL_TEXT, LISTEN_TEXT, PLAYER_CLASS, SUPPORT_HREF } from './clutter-text';
import { sizeOf, widgetRoot, dropUnlessArticle } from './clutter-guard';
import type { Census } from './page-census';
import { queryFirst } from './dom-query';
import { baseOf } from './page-base';

/** Largest appeal box (characters): a pitch of a few paragraphs, never an article's body. */
const APPEAL_MAX = 2000;

/** True when the link leads to this site's support page or to a giving platform, and reads as a button. */
function isSupportLink(a: Element, host: string): boolean {
  const href = a.getAttribute('href') ?? '';
  if (!SUPPORT_HREF.test(href)) return false;
  let target: URL;
  try {
    target = new URL(href, baseOf(a.ownerDocument));
  } catch {
    return false;
  }
  // Another site's donate page is a link in the story (a charity's appeal reported on), not the page's own.
  const own = target.host === host || !/^https?:$/.test(target.protocol);
  return (own || !/\/(donate|join|support)/i.test(target.pathname)) && sizeOf(a).chars <= 40;
}

/** True when `parent` holds prose beside `box` that is not a pitch: the article's own paragraphs. */
function holdsOtherProse(parent: Element, box: Element): boolean {
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c !== box && sizeOf(c).prose > 0 && !APPEAL_TEXT.test(c.textContent ?? '')) return true;
  }
  return false;
}

/**
 * The box a support link stands in: the outermost ancestor that is still a pitch (at most APPEAL_MAX
 * characters, no paragraph of prose beside it that is not a pitch too, below the page's article wrappers).
 */
function appealBox(link: Element): Element {
  let box = link;
  for (let p = link.parentElement; p && !/^(BODY|ARTICLE|MAIN|HTML)$/.test(p.tagName); p = p.parentElement) {
    if (sizeOf(p).chars > APPEAL_MAX || holdsOtherProse(p, box)) break;
    box = p;
  }
  return box;
}

/**
 * Reader-support appeals and membership upsells, inside or after the article: a box holding a link to the
 * site's donation, membership or subscription page (or a giving platform) whose words are a pitch (see
 * APPEAL_TEXT). The pitch may be written as sentences (two paragraphs of prose), so the usual prose guard is
 * replaced by a size bound and by the rule that the page keeps more prose outside the box than in it.
 */
function removeAppeals(c: Census) {
  const body = c.supportLinks[0]?.ownerDocument.body;
  if (!body) return;
  const host = (() => {
    try {
      return new URL(baseOf(body.ownerDocument)).host;
    } catch {
      return '';
    }
  })();
  const pageProse = sizeOf(body).prose;
  for (const a of c.supportLinks) {
    if (!a.isConnected || !isSupportLink(a, host)) continue;
    const box = appealBox(a);
    const s = sizeOf(box);
    if (box === a || s.prose > 3 || pageProse - s.prose < Math.max(2, s.prose)) continue;
    if (APPEAL_TEXT.test(box.textContent ?? '')) box.remove();
  }
}

/**
 * "Listen to this article" players: a short box (a label, a duration, a speed, the widget's credit) that
 * holds a control (`<audio>`, a button, a link, an icon) or a player class word, and whose text opens with
 * a listen label. An `<audio>` without such a label (a podcast page's episode) stays.
 */
function removePlayers(c: Census) {
  for (const el of c.players) {
    if (!el.isConnected) continue;
    const root = widgetRoot(el, 250);
    const n = sizeOf(root).chars;
    if (n > 250) continue;
    const t = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!LISTEN_TEXT.test(t)) continue;
    const control =
      queryFirst(root, 'audio, button, [role="button"], a, svg, input') ||
      PLAYER_CLASS.test(`${root.getAttribute('class') ?? ''} ${root.id}`) ||
      el !== root ||
      el.tagName === 'AUDIO';
    if (control) dropUnlessArticle(root);
  }
}

export const APPEAL_RULES = { removeAppeals, removePlayers };
