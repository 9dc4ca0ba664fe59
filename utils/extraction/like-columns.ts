// Page builders' rows of like columns: pricing tiers (Oxygen's icon boxes "GOOD" / "BETTER" / "BEST", each a label, a
// text block of feature lines and a "Learn More" link; Elementor's and Divi's price tables), a service page's three
// offers side by side. Where one column's feature lines are long enough to read as prose, the edge trimming's lead
// took everything before them for kickers: the first tier whole and the second one's label went, the third stayed.
// The columns before the first prose are the same kind of text as the one holding it: when the first prose stands in
// a row of three like columns or more (siblings of one tag whose children's tags run alike, two or more of them, each
// column short and holding one link with an address at most), their lines stay. Reads no class name: tags, links and
// text lengths. Read only on a page that declares no article or product, at the first lead line that would go.
import { childList } from './child-elements';
import { clean } from './post-time';
import { byTag } from './tag-list';

/** Like columns a row holds at least: two boxes side by side are a picture and its text, or a form and its intro. */
export const MIN_LIKE_COLUMNS = 3;

/** Characters of a column at most: a tier's label, price and feature lines, not a section of prose. */
const COLUMN_CHARS = 1000;

/** Block tags a column's shape reads below its own children (inline tags, a run of `<br>` lines, vary freely). */
const BLOCK = new Set(['DIV', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'SECTION', 'FIGURE']);

/** Levels below a column its shape reads. */
const SHAPE_DEPTH = 3;

/**
 * A box's parts: the tags of its children in order ("DIV H4 DIV A": an icon, a label, its lines, a link), each with
 * the shape of its block children, down to `SHAPE_DEPTH` levels; a run of like parts counts once (a tier of five
 * feature lines and one of nine read alike; a promotion's box over a quote's does not).
 */
function parts(el: Element, depth = 0): string[] {
  const out: string[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (depth > 0 && !BLOCK.has(c.tagName)) continue;
    const part = depth + 1 < SHAPE_DEPTH ? `${c.tagName}(${parts(c, depth + 1).join(' ')})` : c.tagName;
    if (out[out.length - 1] !== part) out.push(part);
  }
  return out;
}

/** Links with an address in `el`, counted up to two. */
function linksIn(el: Element): number {
  let n = 0;
  for (const a of byTag(el, 'a')) if (a.hasAttribute('href') && ++n >= 2) break;
  return n;
}

/** True when `col` reads as a column of a row (short, one link at most). */
function isColumn(col: Element): boolean {
  return clean(col.textContent).length <= COLUMN_CHARS && linksIn(col) <= 1;
}

/**
 * The columns of the nearest row of like columns (inside `root`) that holds `prose`, the first prose line: a box
 * around it of two unlike parts or more, among `MIN_LIKE_COLUMNS` siblings or more of its tag and its children's tags,
 * each of them a column (see isColumn); empty when there is none.
 */
export function likeColumns(prose: Element, root: Element): Element[] {
  for (let box: Element | null = prose; box && box !== root; box = box.parentElement) {
    const row = box.parentElement;
    if (!row) break;
    // A column holds unlike parts (a label over its lines, a question over its answer): boxes of one part, or of a
    // run of like ones (a section's paragraphs, a kicker's box beside them), read alike whatever they hold.
    const own = parts(box);
    if (own.length < 2) continue;
    const form = own.join(' ');
    const cols = childList(row).filter((c) => c.tagName === box!.tagName && parts(c).join(' ') === form);
    if (cols.length < MIN_LIKE_COLUMNS) continue;
    return cols.every(isColumn) ? cols : [];
  }
  return [];
}
