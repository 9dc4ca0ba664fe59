import { cleanTags, isWebUrl, makeItem, secondsToMs, type ParsedImport } from './import-item';

/** Browsers' own top-level folders: containers, not topics, so they never become tags. */
const ROOTS =
  /^(bookmarks( bar| toolbar| menu)?|favorites( bar)?|other bookmarks|mobile bookmarks|lesezeichen(leiste)?|imported)$/i;

/** The folder names above a link, outermost first (a `<DL>` belongs to the `<H3>` just before it). */
function foldersOf(a: Element): string[] {
  const out: string[] = [];
  for (let dl = a.closest('dl'); dl; dl = dl.parentElement?.closest('dl') ?? null) {
    let h = dl.previousElementSibling;
    while (h && h.tagName !== 'H3' && h.tagName === 'P') h = h.previousElementSibling;
    if (h?.tagName === 'H3' && !h.hasAttribute('personal_toolbar_folder') && !ROOTS.test(h.textContent?.trim() ?? ''))
      out.unshift(h.textContent!.trim());
  }
  return out;
}

/**
 * A Netscape bookmarks file, as every browser exports it: each `<A HREF ADD_DATE TAGS>` is an item,
 * its folders become tags (with any TAGS attribute). Links that are not web addresses are reported.
 */
export function parseBookmarksHtml(html: string, file = 'bookmarks.html'): ParsedImport {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: ParsedImport = { source: 'bookmarks', items: [], problems: [] };
  [...doc.querySelectorAll('a')].forEach((a, i) => {
    const url = a.getAttribute('href');
    const savedAt = secondsToMs(a.getAttribute('add_date'));
    if (!isWebUrl(url))
      return out.problems.push({
        file,
        line: i + 1,
        message: `bookmark ${i + 1}: "${(url ?? '').slice(0, 80)}" is not a web address`,
      });
    out.items.push(
      makeItem({
        url: url!.trim(),
        title: (a.textContent ?? '').trim(),
        savedAt: Number.isNaN(savedAt) ? null : savedAt,
        tags: cleanTags([...foldersOf(a), ...(a.getAttribute('tags') ?? '').split(',')]),
      }),
    );
  });
  return out;
}
