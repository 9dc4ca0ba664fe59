type Menus = typeof browser.contextMenus;
type Commands = typeof browser.commands;

/**
 * APIs Offprint uses that a browser may lack. Firefox for Android has no context menus (`menus` /
 * `contextMenus`), no keyboard commands and no `downloads`: every use goes through these, so a feature
 * that needs a missing API is left out (never a call on `undefined` that stops the background script).
 * Offprint never uses `downloads`: files are handed over with `<a download>` (utils/lib/download-blob.ts).
 */
export function menusApi(): Menus | undefined {
  const b = browser as unknown as { contextMenus?: Menus; menus?: Menus };
  return b.contextMenus ?? b.menus;
}

/** The keyboard commands API (Alt+Shift+S), or undefined where there is none. */
export function commandsApi(): Commands | undefined {
  return (browser as unknown as { commands?: Commands }).commands;
}

/** True when the keyboard shortcut can exist here (texts mention Alt+Shift+S only then). */
export function hasShortcut(): boolean {
  return !!commandsApi()?.onCommand;
}

/** "Save to Offprint", with the shortcut where there is one: the toolbar button's title. */
export function saveTitle(): string {
  return hasShortcut() ? 'Save to Offprint (Alt+Shift+S)' : 'Save to Offprint';
}
