import type { HighlightColor } from '@/utils/article';

/** User settings, kept in local extension storage (nothing syncs off the browser). */
export interface Settings {
  /** Save a readable article as soon as the popup opens. */
  autoSave: boolean;
  theme: 'auto' | 'light' | 'sepia' | 'dark';
  /** The reader's font: a serif, a sans, Atkinson Hyperlegible (shipped, for legibility) or a monospace. */
  font: 'serif' | 'sans' | 'legible' | 'mono';
  fontSize: number;
  lineHeight: number;
  width: number;
  /** Justified text (with hyphenation) in the reader. */
  justify: boolean;
  archiveWhenFinished: boolean;
  /** The colour the reader's Highlight button uses (the last one chosen). */
  highlightColor: HighlightColor;
  /** Listen: speaking rate (0.75–2). */
  speechRate: number;
  /** Listen: the voice (voiceURI) chosen for each language (primary subtag: 'en', 'de'). */
  speechVoices: Record<string, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  autoSave: true,
  theme: 'auto',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 680,
  justify: false,
  archiveWhenFinished: true,
  highlightColor: 'yellow',
  speechRate: 1,
  speechVoices: {},
};

/** The storage.local key holding the settings object. */
export const SETTINGS_KEY = 'settings';

/** The settings, with defaults for anything not set. */
export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, ...((got[SETTINGS_KEY] as Partial<Settings>) ?? {}) };
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Stores some settings, keeping the rest. Writes from one page run one after another, so two quick
 * changes (theme, then font) never read the same old object and lose one another.
 */
export function setSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = writes.then(async () => {
    const merged = { ...(await getSettings()), ...changes };
    await browser.storage.local.set({ [SETTINGS_KEY]: merged });
    return merged;
  });
  writes = next.catch(() => {});
  return next;
}
