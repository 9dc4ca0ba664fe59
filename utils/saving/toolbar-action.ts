/** The badge and title calls of the toolbar button (promise-returning in Chrome MV3 and in Firefox). */
export interface ToolbarAction {
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
  setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
  setTitle(details: { title: string; tabId?: number }): Promise<void>;
}

/**
 * The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in the Manifest V2
 * build for Firefox, where `browser.action` is undefined (its typings list callbacks; Firefox returns promises).
 */
export function toolbarAction(): ToolbarAction {
  return (browser.action as ToolbarAction | undefined) ?? (browser.browserAction as unknown as ToolbarAction);
}
