import { joinRegExp } from '@/utils/lib/join-regexp';
import { cleanTags, isWebUrl, makeItem, secondsToMs, type ImportItem, type ParsedImport } from './import-item';
import { ImportCollector } from './import-limits';
import type { HtmlListEvent } from './html-list-reader';
import { HtmlListCollector } from './html-list-collector';

/** Browsers' own top-level folders: containers, not topics, so they never become tags. */
const ROOTS = joinRegExp(
  '^(',
  [
    /bookmarks( bar| toolbar| menu)?|favorites( bar)?|other bookmarks|mobile bookmarks|lesezeichen(leiste)?/i,
    /imported/i,
  ],
  ')$',
  'i',
);

/** Turns the events of a Netscape bookmarks file into items: folders become tags (with any TAGS attribute). */
export class BookmarkCollector extends HtmlListCollector {
  private folders: ({ title: string } | null)[] = [];
  private pending: { title: string } | null = null;
  protected event(e: HtmlListEvent): void {
    if (e.kind === 'folder') this.pending = e.toolbar || ROOTS.test(e.title) ? null : { title: e.title };
    else if (e.kind === 'open-list') {
      this.folders.push(this.pending);
      this.pending = null;
    } else if (e.kind === 'close-list') this.folders.pop();
    else if (e.kind === 'link') {
      this.pending = null;
      this.link(e.attrs, e.title);
    }
  }
  private link(a: Record<string, string>, title: string): void {
    const i = ++this.n;
    const url = a.href ?? null;
    if (!isWebUrl(url)) {
      this.into.problem({
        file: this.file,
        line: i,
        message: `bookmark ${i}: "${(url ?? '').slice(0, 80)}" is not a web address`,
      });
      return;
    }
    const savedAt = secondsToMs(a.add_date);
    const item: ImportItem = makeItem({
      url: url!.trim(),
      title,
      savedAt: Number.isNaN(savedAt) ? null : savedAt,
      tags: cleanTags([...this.folders.filter((f) => !!f).map((f) => f!.title), ...(a.tags ?? '').split(',')]),
    });
    this.into.add(item);
  }
}

/**
 * A Netscape bookmarks file, as every browser exports it: each `<A HREF ADD_DATE TAGS>` is an item,
 * its folders become tags (with any TAGS attribute). Links that are not web addresses are reported.
 */
export function parseBookmarksHtml(
  html: string,
  file = 'bookmarks.html',
  into: ImportCollector = new ImportCollector(),
): ParsedImport {
  new BookmarkCollector(file, into).read(html);
  return into.result('bookmarks');
}
