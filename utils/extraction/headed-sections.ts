import { byTag } from './tag-list';

/** Words of a line, any script. */
const wordsOf = (line: string) => (line.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const keyOf = (line: string) => (line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** A line of prose under a heading: a sentence's length, not a label or a button. */
const PROSE_LINE = 8;

/** Words of prose under a heading for its section to count (a card's one-line blurb does not). */
const SECTION_WORDS = 25;

/** A section heading is short: a title, not a sentence. */
const HEADING_WORDS = 12;

/** The sections a region holds: each heading's key with the prose words of the lines under it. */
export interface HeadedSection {
  key: string;
  words: number;
}

/**
 * A link that names something: its text holds a letter or a digit. A heading's own permalink is a mark or nothing
 * (Asciidoctor's empty `<a class="anchor" href="#_setup"></a>` before the title, a "#" or "¶" after it).
 */
const namesLink = (a: Element) => /[\p{L}\p{N}]/u.test(a.textContent ?? '');

/**
 * Keys of the h2–h4 headings of a box that are section titles: not links (a card's or a post's linked title), though
 * they may print their own permalink (see namesLink).
 */
function headingKeys(box: Element): Set<string> {
  const keys = new Set<string>();
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const h of byTag(box, tag)) {
      if (h.closest('a') || byTag(h, 'a').some(namesLink)) continue;
      const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      const n = wordsOf(text);
      if (n && n <= HEADING_WORDS) keys.add(keyOf(text));
    }
  }
  return keys;
}

/** The region's headed sections of prose, in the order of its text. */
export function headedSections(region: Element, regionText: string): HeadedSection[] {
  const keys = headingKeys(region);
  const out: HeadedSection[] = [];
  let cur: HeadedSection | null = null;
  for (const line of regionText.split('\n')) {
    const key = keyOf(line);
    if (!key) continue;
    if (keys.has(key)) {
      cur = { key, words: 0 };
      out.push(cur);
      continue;
    }
    const n = wordsOf(line);
    if (cur && n >= PROSE_LINE) cur.words += n;
  }
  return out.filter((s) => s.words >= SECTION_WORDS);
}

/** Headed sections of prose the block left out, at least (one left out is an aside, an author's box). */
const LEFT_SECTIONS = 2;

/** Their prose words, as a share of the block's words and in all, at least. */
const LEFT_SHARE = 0.3;
const LEFT_WORDS = 100;

/**
 * True when Readability's block is a pick of the region's headed sections: the region holds two sections or more
 * that open with a heading (an unlinked h2–h4) over prose and that the block left out, their prose a third of the
 * block's words and 100 words at least. A CMS page of sections (offers, a process, areas served) under
 * og:type=article: Readability keeps the sections with the most paragraphs and drops the others.
 */
export function picksHeadedSections(region: Element, regionText: string, blockText: string): boolean {
  const block = new Set(blockText.split('\n').map(keyOf));
  let left = 0;
  let words = 0;
  for (const s of headedSections(region, regionText)) {
    if (block.has(s.key)) continue;
    left++;
    words += s.words;
  }
  return left >= LEFT_SECTIONS && words >= LEFT_WORDS && words >= wordsOf(blockText) * LEFT_SHARE;
}
