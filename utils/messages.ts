import type { Browser } from 'wxt/browser';
import type { SaveResult } from './article';
import type { ExtractPageResult } from '@/utils/extraction/extract-page';
import type { SaveTabOptions } from '@/utils/saving/save-tab';
import type { ProbeResult, SyncConfig, SyncFailure, SyncServer, SyncStatus } from '@/utils/sync/sync-types';
import { errorWords, rawError } from '@/utils/lib/error-words';

/*
 * Every message Offprint sends, typed. How to add one (the same for every protocol here):
 * - one entry `'domain:verb'(arg: Arg): Result` in the protocol of the context that answers it;
 * - `Arg` is plain JSON (messaging is JSON: no Blob, no undefined), and `null` when there is no argument;
 * - `Result` is `{ ok: true; … } | Failure<'code' | …>`: every error is a value of the reply, with a
 *   `message` in words the UI can show as it is (a handler may also throw: its error becomes `failed`);
 * - senders use `sendMessage` / `sendToOffscreen`, which never reject: when the message does not get
 *   through, they resolve with a `DeliveryFailure` (`no-answer`, `refused`, `failed`), so a reply is
 *   always `Result | DeliveryFailure` and the sender checks `ok` before it uses anything else.
 * Content scripts send nothing: the extractor's result comes back through scripting.executeScript (the content
 * script's reply, or that of the one-line function that runs the extractor it loaded).
 */

/** A reply that says why something did not happen; `message` is meant for the user. */
export interface Failure<E extends string> {
  ok: false;
  error: E;
  message: string;
}

/**
 * Why a message got no answer of its handler: nobody answered (the service worker stopped, the port
 * closed), the receiver refused the sender, or the handler threw.
 */
export type DeliveryError = 'no-answer' | 'refused' | 'failed';
export type DeliveryFailure = Failure<DeliveryError>;

/** Every message the background answers, from Offprint's own pages. */
export interface BackgroundProtocol {
  /**
   * Popup → background: extract the active tab (or `tabId`) and save it.
   * `auto`: the popup just opened; save only a readable article not saved yet (otherwise reply
   * `not-article`, or `existed: true` without touching the entry). `force`: keep a non-article as a page.
   */
  'tab:save'(arg: SaveTabOptions): SaveResult;
  /**
   * Popup → background: load the extractor into the active tab's page (or `tabId`'s) without running it, so that
   * a Save there only runs it (see utils/saving/load-extractor.ts). Reads, extracts and stores nothing.
   * `loaded`: false where it could not be (a browser page, a page that did not load): a Save there says why.
   */
  'extractor:load'(arg: { tabId?: number }): { ok: true; loaded: boolean };
  /** Popup → background: show or clear the "already saved" mark on a tab (the active one by default). */
  'tab:mark'(arg: { tabId?: number }): { ok: true; saved: boolean | null };
  /** Extension page → background: work the 'save-url' queue (after enqueueing, and on popup open to resume). */
  'queue:work'(arg: null): { ok: true };
  /** Popup/options → background: fetch the queued images (the service worker may have stopped half-way). */
  'images:resume'(arg: null): { ok: true };
  /** Extension page → background: the sync state (Sync section, the popup's mark). See docs/sync.md. */
  'sync:status'(arg: null): { ok: true; status: SyncStatus };
  /** Options → background: check a server and account; says whether the database and a library exist. */
  'sync:probe'(arg: SyncServer): { ok: true; probe: ProbeResult } | SyncFailure;
  /** Options → background: turn sync on (after the host permission was granted from the click). */
  'sync:enable'(arg: SyncConfig): { ok: true; status: SyncStatus } | SyncFailure;
  /**
   * Extension page → background: this page wrote changes for sync; start a round soon (after a short pause,
   * in the background). Replies at once. Wakes a stopped service worker.
   */
  'sync:soon'(arg: null): { ok: true };
  /** Extension page → background: run a round now; replies with the state after it. */
  'sync:now'(arg: null): { ok: true; status: SyncStatus };
  /** Options → background: image sync on or off for this browser. */
  'sync:images'(arg: { on: boolean }): { ok: true; status: SyncStatus };
  /** Options → background: turn sync off (keeps the library; forgets credentials and keys). */
  'sync:disable'(arg: null): { ok: true; status: SyncStatus };
}

/** Every message Chrome's offscreen document answers, from the background only. */
export interface OffscreenProtocol {
  /** Background → offscreen document: parse fetched HTML into an article (the service worker has no DOM). */
  'offscreen:extract-html'(arg: { html: string; url: string }): ExtractPageResult;
}

/**
 * The shape every protocol keeps: one argument, a reply that says `ok` (a protocol that breaks it does not compile).
 */
type ProtocolShape<P> = { [K in keyof P]: (arg: never) => { ok: true } | Failure<string> };
type Arg<P, K extends keyof P> = P[K] extends (arg: infer A) => unknown ? A : never;
type Result<P, K extends keyof P> = P[K] extends (arg: never) => infer R ? R : never;

/** What the sender of message K gets: its handler's result, or why it did not get one. */
export type Reply<P extends ProtocolShape<P>, K extends keyof P> = Result<P, K> | DeliveryFailure;
export type BackgroundReply<K extends keyof BackgroundProtocol> = Reply<BackgroundProtocol, K>;

/** Handlers for a whole protocol: a missing one is a compile error. */
export type Handlers<P extends ProtocolShape<P>> = {
  [K in keyof P]: (arg: Arg<P, K>, sender: Browser.runtime.MessageSender) => Result<P, K> | Promise<Result<P, K>>;
};

/**
 * The path of the built background script (WXT's `entrypoints/background.ts`), the offscreen document's only sender.
 */
export const BACKGROUND_SCRIPT = '/background.js';

/** True for a message from one of Offprint's own pages (popup, library, reader, options): never a content script. */
export function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/** True for a message from Offprint's background (its service worker). */
export function fromBackground(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.url === browser.runtime.getURL(BACKGROUND_SCRIPT);
}

const failure = <E extends string>(error: E, message: string): Failure<E> => ({ ok: false, error, message });

/** A reply has `ok`, and a failure says which and why. */
function isReply(x: unknown): x is { ok: true } | Failure<string> {
  if (!x || typeof x !== 'object' || typeof (x as { ok?: unknown }).ok !== 'boolean') return false;
  const f = x as Partial<Failure<string>>;
  return f.ok !== false || (typeof f.error === 'string' && typeof f.message === 'string');
}

async function send<P extends ProtocolShape<P>, K extends keyof P & string>(
  who: string,
  type: K,
  data: Arg<P, K>,
): Promise<Reply<P, K>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type, data });
  } catch (e) {
    console.warn(`Offprint: ${who} did not answer:`, rawError(e));
    return failure('no-answer', `${who} did not answer. Try again.`);
  }
  return isReply(reply) ? (reply as Result<P, K>) : failure('no-answer', `${who} did not answer. Try again.`);
}

/** Sends one message to the background; resolves with its reply or a DeliveryFailure, never rejects. */
export function sendMessage<K extends keyof BackgroundProtocol>(
  type: K,
  data: Arg<BackgroundProtocol, K>,
): Promise<BackgroundReply<K>> {
  return send<BackgroundProtocol, K>('Offprint’s background', type, data);
}

/** Background → Chrome's offscreen document; resolves with its reply or a DeliveryFailure, never rejects. */
export function sendToOffscreen<K extends keyof OffscreenProtocol>(
  type: K,
  data: Arg<OffscreenProtocol, K>,
): Promise<Reply<OffscreenProtocol, K>> {
  return send<OffscreenProtocol, K>('The page parser', type, data);
}

/**
 * Answers a protocol's messages: only its own message types (own properties of `handlers`, so
 * `toString` is nobody's), only from senders `accept` allows (others get `refused`), and a handler
 * that throws answers `failed` with its error in words. Other messages are left to other listeners.
 */
function listen<P extends ProtocolShape<P>>(
  handlers: Handlers<P>,
  accept: (sender: Browser.runtime.MessageSender) => boolean,
): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    const { type, data } = (msg && typeof msg === 'object' ? msg : {}) as { type?: unknown; data?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return;
    const handler = handlers[type as keyof P] as (arg: unknown, s: typeof sender) => unknown;
    const reply = accept(sender)
      ? Promise.resolve()
          .then(() => handler(data, sender))
          .catch((e: unknown) => failure('failed', errorWords(e, 'Offprint could not do this. Try again.')))
      : Promise.resolve(failure('refused', 'Offprint answers its own pages only.'));
    if (typeof sendResponse !== 'function') return reply; // fakeBrowser passes no sendResponse
    void reply.then(sendResponse);
    return true;
  });
}

/** The background's side: answers BackgroundProtocol for Offprint's own pages. */
export function onMessages(handlers: Handlers<BackgroundProtocol>): void {
  listen(handlers, fromOwnPage);
}

/** The offscreen document's side: answers OffscreenProtocol for the background only. */
export function onOffscreenMessages(handlers: Handlers<OffscreenProtocol>): void {
  listen(handlers, fromBackground);
}
