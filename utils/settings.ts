/** User settings, kept in local extension storage (nothing syncs off the browser). */
export interface Settings {
  /** Save a readable article as soon as the popup opens. */
  autoSave: boolean;
  theme: 'auto' | 'light' | 'sepia' | 'dark';
  font: 'serif' | 'sans';
  fontSize: number;
  lineHeight: number;
  width: number;
  archiveWhenFinished: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  autoSave: true,
  theme: 'auto',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 680,
  archiveWhenFinished: true,
};

const KEY = 'settings';

/** The settings, with defaults for anything not set. */
export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return { ...DEFAULT_SETTINGS, ...((got[KEY] as Partial<Settings>) ?? {}) };
}

/** Stores some settings, keeping the rest. */
export async function setSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...changes };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
