import { normalizeUrl } from '@/utils/storage/normalize-url';
import { deleteArticle } from '@/utils/storage/save-article';
import { getDb, type OffprintDB } from '@/utils/storage/db';

/**
 * Pages whose save the user undid in the popup. Opening the popup again on such a page does not save it
 * again on its own (it offers "Save this page"); a save the user asks for forgets the mark. Kept in local
 * extension storage, newest first, a few at most, for a day.
 */
export const UNDONE_KEY = 'undoneSaves';
const KEEP = 20;
const FOR_MS = 24 * 60 * 60 * 1000;

type Undone = { url: string; at: number }[];

async function read(): Promise<Undone> {
  const v = (await browser.storage.local.get(UNDONE_KEY))[UNDONE_KEY];
  return Array.isArray(v) ? v.filter((e) => e && typeof e.url === 'string' && typeof e.at === 'number') : [];
}

/** Whether the save of this page was undone (within the last day). */
export async function wasUndone(url: string, now = Date.now()): Promise<boolean> {
  const key = normalizeUrl(url);
  return (await read()).some((e) => e.url === key && now - e.at < FOR_MS);
}

/** Remembers that the user undid the save of `url`. */
export async function markUndone(url: string, now = Date.now()): Promise<void> {
  const key = normalizeUrl(url);
  const rest = (await read()).filter((e) => e.url !== key && now - e.at < FOR_MS);
  await browser.storage.local.set({ [UNDONE_KEY]: [{ url: key, at: now }, ...rest].slice(0, KEEP) });
}

/** Forgets the mark (the user saved the page on purpose). */
export async function forgetUndone(url: string): Promise<void> {
  const key = normalizeUrl(url);
  const all = await read();
  if (all.some((e) => e.url === key))
    await browser.storage.local.set({ [UNDONE_KEY]: all.filter((e) => e.url !== key) });
}

/** The popup's Undo of a save: deletes the article and remembers its page, so reopening does not save it again. */
export async function undoSave(id: number, db: OffprintDB = getDb()): Promise<void> {
  const snap = await deleteArticle(id, db);
  if (snap) await markUndone(snap.article.originalUrl || snap.article.url);
}
