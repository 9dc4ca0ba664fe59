import { cleanTags, isWebUrl, makeItem, secondsToMs, type ImportItem, type ImportProblem } from './import-item';
import { ImportCollector } from './import-limits';
import { HtmlListReader, type HtmlListEvent } from './parse-bookmarks-html';

/** Turns the events of Pocket's ril_export.html into items (headings say unread or archive). */
export class PocketHtmlCollector {
  private archived = false;
  private n = 0;
  constructor(
    private readonly file: string,
    private readonly into: ImportCollector,
  ) {}
  feed(events: HtmlListEvent[]): void {
    for (const e of events) {
      if (e.kind === 'heading') this.archived = /archive|read/i.test(e.title) && !/unread/i.test(e.title);
      if (e.kind !== 'link') continue;
      const n = ++this.n;
      const url = e.attrs.href ?? null;
      const savedAt = secondsToMs(e.attrs.time_added);
      if (!isWebUrl(url))
        this.into.problem({ file: this.file, line: n, message: `link ${n}: "${url ?? ''}" is not a web address` });
      else if (Number.isNaN(savedAt))
        this.into.problem({ file: this.file, line: n, message: `link ${n}: time_added is not a date in seconds` });
      else
        this.into.add(
          makeItem({
            url: url!.trim(),
            title: e.title,
            savedAt,
            tags: cleanTags((e.attrs.tags ?? '').split(',')),
            status: this.archived ? 'archived' : 'unread',
          }),
        );
    }
  }
}

/**
 * Pocket's older ril_export.html: `<h1>Unread</h1><ul><li><a href time_added tags>title</a>…</ul>`
 * then `<h1>Read Archive</h1>`; tags comma-separated. Links that are not web addresses are reported.
 */
export function parsePocketHtml(
  html: string,
  file = 'ril_export.html',
  into: ImportCollector = new ImportCollector(),
): { items: ImportItem[]; problems: ImportProblem[] } {
  const reader = new HtmlListReader();
  const pocket = new PocketHtmlCollector(file, into);
  pocket.feed(reader.push(html));
  pocket.feed(reader.end());
  return { items: into.items, problems: into.problems };
}
