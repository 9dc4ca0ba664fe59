/** URL of the reading view of one article. */
export function readerUrl(id: number): string {
  return browser.runtime.getURL(`/reader.html?id=${id}` as '/reader.html');
}

/** Opens the reading view in a new tab next to the current one. */
export async function openReader(id: number): Promise<void> {
  await browser.tabs.create({ url: readerUrl(id) });
}
