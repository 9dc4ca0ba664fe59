/** URL of the reading view of one article; with `highlight` (a highlight's global id) it opens at that highlight. */
export function readerUrl(id: number, highlight?: string): string {
  const at = highlight ? `&highlight=${encodeURIComponent(highlight)}` : '';
  return browser.runtime.getURL(`/reader.html?id=${id}${at}` as '/reader.html');
}

/** Opens the reading view in a new tab next to the current one (at a highlight, when given). */
export async function openReader(id: number, highlight?: string): Promise<void> {
  await browser.tabs.create({ url: readerUrl(id, highlight) });
}
