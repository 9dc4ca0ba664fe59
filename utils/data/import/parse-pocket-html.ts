import { cleanTags, isWebUrl, makeItem, secondsToMs, type ImportItem, type ImportProblem } from './import-item';

/**
 * Pocket's older ril_export.html: `<h1>Unread</h1><ul><li><a href time_added tags>title</a>…</ul>`
 * then `<h1>Read Archive</h1>`; tags comma-separated. Links that are not web addresses are reported.
 */
export function parsePocketHtml(
  html: string,
  file = 'ril_export.html',
): { items: ImportItem[]; problems: ImportProblem[] } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  let archived = false;
  let n = 0;
  for (const el of doc.body.querySelectorAll('h1, a')) {
    if (el.tagName === 'H1') {
      archived = /archive|read/i.test(el.textContent ?? '') && !/unread/i.test(el.textContent ?? '');
      continue;
    }
    n++;
    const url = el.getAttribute('href');
    const savedAt = secondsToMs(el.getAttribute('time_added'));
    if (!isWebUrl(url)) problems.push({ file, line: n, message: `link ${n}: "${url ?? ''}" is not a web address` });
    else if (Number.isNaN(savedAt))
      problems.push({ file, line: n, message: `link ${n}: time_added is not a date in seconds` });
    else
      items.push(
        makeItem({
          url: url!.trim(),
          title: (el.textContent ?? '').trim(),
          savedAt,
          tags: cleanTags((el.getAttribute('tags') ?? '').split(',')),
          status: archived ? 'archived' : 'unread',
        }),
      );
  }
  return { items, problems };
}
