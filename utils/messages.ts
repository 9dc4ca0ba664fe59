import type { Browser } from 'wxt/browser';
import type { SaveResult } from './article';
import type { EnableResult, ProbeReply, SyncConfig, SyncServer, SyncStatus } from '@/utils/sync/sync-types';

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
  /** Extension page → background: the sync state (Sync section, the popup's mark). See docs/sync.md. */
  'sync:status'(data: null): SyncStatus;
  /** Options → background: check a server and account; says whether the database and a library exist. */
  'sync:probe'(server: SyncServer): ProbeReply;
  /** Options → background: turn sync on (after the host permission was granted from the click). */
  'sync:enable'(config: SyncConfig): EnableResult;
  /** Extension page → background: run a round now; replies with the state after it. */
  'sync:now'(data: null): SyncStatus;
  /** Options → background: image sync on or off for this browser. */
  'sync:images'(opts: { on: boolean }): SyncStatus;
  /** Options → background: turn sync off (keeps the library; forgets credentials and keys). */
  'sync:disable'(data: null): SyncStatus;
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
