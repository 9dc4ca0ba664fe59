import { linkDensity, sizeOf } from './clutter-guard';
import { readabilityDrops } from './code-wrappers';
import { childList } from './child-elements';

/** Characters up to which a box of described links is weighed as text (an admonition's size, see keepAdmonitions). */
const BOX_CHARS = 1500;

/** Words a description beside a link needs ("Learn about YAML syntax" has four). */
const DESCRIPTION_WORDS = 3;

const wordsOf = (el: Element) => (el.textContent ?? '').match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;

/**
 * True when what follows a list's heading (`label`) in its box (`box`) is a list of definitions whose every term is a
 * link and whose every definition describes it in words of its own: a manual's "See also" (Sphinx's `.. seealso::`
 * box prints `<dl><dt><a>ansible-lint</a></dt><dd><p>Learn how to test playbooks</p></dd>…`), whatever its class
 * words say. A news page's related box is a list of headlines, links alone or with a teaser beside a picture, not
 * terms and their definitions. Two terms at least; a definition is three words or more, under half of them links.
 * Or a list whose items are each a link, a dash and its description (the PHP manual's "See Also"; see
 * isDescribedItem).
 */
export function describesItsLinks(box: Element, label: Element): boolean {
  let lists = 0;
  for (let el = label.nextElementSibling; el; el = el.nextElementSibling) {
    if (!sizeOf(el).chars) continue;
    if (el.tagName === 'UL' || el.tagName === 'OL') {
      if (!describesItsItems(el)) return false;
      lists++;
      continue;
    }
    if (el.tagName !== 'DL') return false;
    let terms = 0;
    let term: Element | null = null;
    for (const item of childList(el)) {
      if (item.tagName === 'DT') {
        // A term without its description ("Communication" with none) breaks the shape.
        if (term) return false;
        if (!item.querySelector('a[href]') || linkDensity(item) < 0.5) return false;
        term = item;
      } else if (item.tagName === 'DD') {
        if (!term || wordsOf(item) < DESCRIPTION_WORDS || linkDensity(item) >= 0.5) return false;
        terms++;
        term = null;
      } else if (sizeOf(item).chars) return false;
    }
    if (term || terms < 2) return false;
    lists++;
  }
  return lists > 0 && box.contains(label);
}

/** What sets a link's description apart after it on its item's line: a dash or a colon ("ledger_floor() - Rounds…"). */
const DESCRIPTION_MARK = /^\s*[-–—:]\s+\S/u;

/**
 * True when a list item is a link and its description: the item's text opens with its one link, then a dash or a
 * colon and three words or more of its own (the PHP manual's "See Also": `<li><a>ledger_floor()</a> - Rounds an
 * amount down</li>`), under half of its text links, no picture. A related box's item is a headline alone, or one
 * beside a teaser and a picture, with no mark between them.
 */
function isDescribedItem(item: Element): boolean {
  const links = item.getElementsByTagName('a');
  if (links.length !== 1 || !links[0].hasAttribute('href') || item.querySelector('img, picture, svg')) return false;
  const text = item.textContent ?? '';
  const link = links[0].textContent ?? '';
  const at = text.indexOf(link);
  if (!link.trim() || at < 0 || text.slice(0, at).trim()) return false;
  const rest = text.slice(at + link.length);
  return DESCRIPTION_MARK.test(rest) && (rest.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0) >= DESCRIPTION_WORDS;
}

/** True for a list of two described links or more, each item one (see isDescribedItem). */
function describesItsItems(list: Element): boolean {
  let items = 0;
  for (const item of childList(list)) {
    if (!sizeOf(item).chars) continue;
    if (item.tagName !== 'LI' || !isDescribedItem(item) || linkDensity(item) >= 0.5) return false;
    items++;
  }
  return items >= 2;
}

/** Words a sentence needs to read as prose, not a headline ("See the Forms API reference." has five). */
const SENTENCE_WORDS = 5;

/** A line that ends as a sentence does: a full stop, a question (a colon ends a label over what it introduces). */
const SENTENCE_END = /[.!?。！？][")'”’»]?\s*$/u;

const lineOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * True when a line is a sentence (five words or more, a sentence's last mark, not an ellipsis), not a heading: "See
 * also the error_page directive." opens with a related list's words and is the manual's text.
 */
export function isSentenceLine(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!SENTENCE_END.test(t) || /(\.\.|…)[")'”’»]?$/u.test(t)) return false;
  return (t.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0) >= SENTENCE_WORDS;
}

/**
 * True when a line that opens with a related list's words is a sentence of the text pointing elsewhere in the manual
 * ("See also the <a>error_page</a> directive."): a sentence (see isSentenceLine) holding a link among its words, in no
 * heading's tag. A teaser box's headline reads as a sentence too ("Related article<br>Are Smart Thermostats Worth
 * It?" over a "Read more" button) but links nowhere itself and stands in a heading's tag.
 */
export function isPointingSentence(line: Element, text: string): boolean {
  if (/^H[1-6]$/.test(line.tagName) || !isSentenceLine(text)) return false;
  const links = linkDensity(line);
  return links > 0 && links < 0.5;
}

/**
 * True when what follows a list's heading (`label`) in its box (`box`) is prose whose links stand in its sentences:
 * a manual's "See also" box of one or two sentences (Sphinx's `.. seealso::` around "For a complete list of
 * attributes and methods, see BoundField."), whatever its class words say. A related box is headlines: links alone
 * on their lines, or with a teaser beside them, under half of whose words are not links.
 */
export function pointsInSentences(box: Element, label: Element): boolean {
  let sentences = 0;
  let linked = false;
  for (let el = label.nextElementSibling; el; el = el.nextElementSibling) {
    if (!sizeOf(el).chars) continue;
    const links = linkDensity(el);
    if (el.tagName !== 'P' || !isSentenceLine(lineOf(el)) || links >= 0.5) return false;
    linked ||= links > 0;
    sentences++;
  }
  return sentences > 0 && linked && box.contains(label);
}

/**
 * A box of described links (see describesItsLinks) up to 1,500 characters gets a class word Readability weighs as
 * content (`text`), as an admonition named by its class words does (see keepAdmonitions): its conditional cleaning
 * removes a box of no class weight whose text is a fifth links, and a "See also" box's terms are all links. A box
 * whose words Readability reads as negative keeps that word alone.
 */
export function keepAsText(box: Element): void {
  if (sizeOf(box).chars > BOX_CHARS || /^(BODY|MAIN|ARTICLE|SECTION)$/.test(box.tagName)) return;
  if (readabilityDrops(box)) {
    box.setAttribute('class', 'text');
    box.removeAttribute('id');
  } else box.classList.add('text');
}
