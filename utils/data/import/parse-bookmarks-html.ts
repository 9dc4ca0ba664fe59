import { joinRegExp } from '@/utils/lib/join-regexp';
import { cleanTags, isWebUrl, makeItem, secondsToMs, type ImportItem, type ParsedImport } from './import-item';
import { ImportCollector } from './import-limits';

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

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** HTML entities of attribute values and link text (the ones bookmark exports write, and numeric ones). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([a-z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi))
    out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  for (const m of s.matchAll(/(?:^|\s)([a-z_:-]+)(?=\s|$)/gi)) out[m[1].toLowerCase()] ??= '';
  return out;
}

const text = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** One event of a bookmarks or Pocket HTML file, in order. */
export type HtmlListEvent =
  | { kind: 'open-list' }
  | { kind: 'close-list' }
  | { kind: 'folder'; title: string; toolbar: boolean }
  | { kind: 'heading'; title: string }
  | { kind: 'link'; attrs: Record<string, string>; title: string };

/**
 * Reads the tags bookmark exports (and Pocket's ril_export.html) are made of — `<DL>`, `</DL>`,
 * `<H3>folder</H3>`, `<H1>`, `<A …>title</A>` — from text chunks, without building a DOM: a 100 MB
 * file is read a chunk at a time. Anything else is skipped.
 */
export class HtmlListReader {
  private buf = '';
  push(chunk: string): HtmlListEvent[] {
    this.buf += chunk;
    return this.drain(false);
  }
  end(): HtmlListEvent[] {
    return this.drain(true);
  }
  private drain(final: boolean): HtmlListEvent[] {
    const out: HtmlListEvent[] = [];
    const re = /<(\/?)(dl|h1|h3|a)\b([^>]*)>/gi;
    let keep = 0;
    let cut = -1;
    for (let m = re.exec(this.buf); m; m = re.exec(this.buf)) {
      const [whole, close, tag] = m;
      const name = tag.toLowerCase();
      if (name === 'dl') {
        out.push({ kind: close ? 'close-list' : 'open-list' });
        keep = m.index + whole.length;
        continue;
      }
      if (close) {
        keep = m.index + whole.length;
        continue;
      }
      const closer = new RegExp(`</${name}\\b`, 'gi');
      closer.lastIndex = re.lastIndex;
      const end = closer.exec(this.buf)?.index ?? -1;
      if (end < 0) {
        if (!final) cut = m.index; // the rest comes with the next chunk
        break;
      }
      const inner = this.buf.slice(re.lastIndex, end);
      const a = attrs(m[3]);
      if (name === 'a') out.push({ kind: 'link', attrs: a, title: text(inner) });
      else if (name === 'h3') out.push({ kind: 'folder', title: text(inner), toolbar: 'personal_toolbar_folder' in a });
      else out.push({ kind: 'heading', title: text(inner) });
      re.lastIndex = end;
      keep = end;
    }
    // Keep only what may still hold an unfinished tag.
    if (final) this.buf = '';
    else if (cut >= 0) this.buf = this.buf.slice(cut);
    else {
      const lastLt = this.buf.lastIndexOf('<');
      this.buf = lastLt >= keep ? this.buf.slice(lastLt) : '';
    }
    return out;
  }
}

/** Turns the events of a Netscape bookmarks file into items: folders become tags (with any TAGS attribute). */
export class BookmarkCollector {
  private folders: ({ title: string } | null)[] = [];
  private pending: { title: string } | null = null;
  private n = 0;
  constructor(
    private readonly file: string,
    private readonly into: ImportCollector,
  ) {}
  feed(events: HtmlListEvent[]): void {
    for (const e of events) {
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
  const reader = new HtmlListReader();
  const bookmarks = new BookmarkCollector(file, into);
  bookmarks.feed(reader.push(html));
  bookmarks.feed(reader.end());
  return into.result('bookmarks');
}
