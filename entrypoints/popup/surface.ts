/** Where the popup page is shown: the toolbar's popup, or a tab (Firefox for Android, a test, a user's tab). */
export type PopupSurface = 'toolbar' | 'tab';

interface ExtensionViews {
  getViews?(filter: { type: 'popup' }): Window[];
}

/**
 * Whether `win` is the toolbar popup (400 × up to 600 px) or a tab (it fills the viewport). Asks the
 * extension API, synchronously, for the popup views; where it cannot tell, a tab.
 */
export function popupSurface(win: Window = window, ext?: ExtensionViews): PopupSurface {
  try {
    const api = ext ?? (globalThis as { chrome?: { extension?: ExtensionViews } }).chrome?.extension;
    return api?.getViews?.({ type: 'popup' })?.includes(win) ? 'toolbar' : 'tab';
  } catch {
    return 'tab';
  }
}
