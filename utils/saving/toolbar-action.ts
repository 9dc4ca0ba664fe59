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
  const api = (browser.action ?? browser.browserAction) as Partial<ToolbarAction> | undefined;
  // Firefox for Android has a toolbar button without badges: a call it lacks does nothing.
  const call =
    <K extends keyof ToolbarAction>(k: K) =>
    (details: Parameters<ToolbarAction[K]>[0]) =>
      api?.[k] ? (api[k] as (d: typeof details) => Promise<void>).call(api, details) : Promise.resolve();
  return {
    setBadgeBackgroundColor: call('setBadgeBackgroundColor'),
    setBadgeText: call('setBadgeText'),
    setTitle: call('setTitle'),
  };
}
