import type { Browser } from 'wxt/browser';
import type { SaveResult } from './article';

/** Every message the background answers: argument → reply. All messages go to the background. */
export interface Protocol {
  /**
   * Popup/command → background: extract the active tab (or `tabId`) and save it.
   * `auto`: the popup just opened; save only a readable article not saved yet (otherwise reply
   * `not-article`, or `existed: true` without touching the entry). `force`: keep a non-article as a page.
   */
  'tab:save'(opts: { tabId?: number; auto?: boolean; force?: boolean }): SaveResult;
  /** Popup → background: show or clear the "already saved" mark on a tab (the active one by default). */
  'tab:mark'(opts: { tabId?: number }): { saved: boolean | null };
  /** Extension page → background: work the 'save-url' queue (after enqueueing, and on popup open to resume). */
  'queue:work'(opts: Record<string, never>): { ok: true };
  /** Popup/options → background: fetch the queued images (the service worker may have stopped half-way). */
  'images:resume'(data: null): { ok: true };
}

type Arg<K extends keyof Protocol> = Parameters<Protocol[K]>[0];
type Reply<K extends keyof Protocol> = ReturnType<Protocol[K]>;

/** Handlers for the whole protocol: a missing one is a compile error. */
export type Handlers = {
  [K in keyof Protocol]: (data: Arg<K>, sender: Browser.runtime.MessageSender) => Reply<K> | Promise<Reply<K>>;
};

/** Sends one message to the background and resolves with its typed reply. */
export function sendMessage<K extends keyof Protocol>(type: K, data: Arg<K>): Promise<Reply<K>> {
  return browser.runtime.sendMessage({ type, data });
}

/** Answers the protocol's messages with the given handlers (ignores messages that are not ours). */
export function onMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((msg: { type: keyof Protocol; data: never }, sender, sendResponse) => {
    if (!msg || typeof msg !== 'object' || !(msg.type in handlers)) return;
    const reply = Promise.resolve()
      .then(() => handlers[msg.type](msg.data, sender))
      .catch((e: Error) => ({ ok: false, error: 'storage-failed', message: e?.message ?? String(e) }));
    if (typeof sendResponse !== 'function') return reply; // fakeBrowser passes no sendResponse
    reply.then(sendResponse);
    return true;
  });
}
