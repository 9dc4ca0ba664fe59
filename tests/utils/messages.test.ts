import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { SyncStatus } from '@/utils/sync/sync-types';
import { BACKGROUND_SCRIPT, onMessages, onOffscreenMessages, sendMessage, sendToOffscreen } from '@/utils/messages';

type Sender = Browser.runtime.MessageSender;
const ID = fakeBrowser.runtime.id;
const own = (path: string): Sender => ({ id: ID, url: fakeBrowser.runtime.getURL(path) });
/** A content script of this extension, in a web page's tab. */
const contentScript: Sender = { id: ID, url: 'https://news.example/story', tab: { id: 7 } as never, frameId: 0 };
const senders: [string, Sender][] = [
  ['a content script of this extension', contentScript],
  ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
  [
    'a page whose URL only contains the extension’s',
    { id: ID, url: `https://evil.example/?chrome-extension://${ID}/` },
  ],
  ['a sender with no URL', { id: ID }],
  ['a sender with no id', { url: fakeBrowser.runtime.getURL('/popup.html') }],
];

/** Delivers a message as the browser does (listeners get message and sender) and returns the first answer. */
async function deliver(msg: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(msg, sender);
  return answers.find((a) => a !== undefined);
}

const handlers = () => ({
  'tab:save': vi.fn(async () => ({ ok: true as const, id: 1, existed: false, title: 'T' })),
  'tab:mark': vi.fn(async () => ({ ok: true as const, saved: true })),
  'extractor:load': vi.fn(async () => ({ ok: true as const, loaded: true })),
  'queue:work': vi.fn(() => ({ ok: true as const })),
  'images:resume': vi.fn(() => ({ ok: true as const })),
  ...syncHandlers(),
});
/** The sync messages answer with the state; these tests are about the dispatcher, not sync. */
const status = { ok: true as const, status: {} as SyncStatus };
const syncHandlers = () => ({
  'sync:status': vi.fn(() => status),
  'sync:probe': vi.fn(() => ({ ok: true as const, probe: { exists: true, hasLibrary: false, canCreate: false } })),
  'sync:enable': vi.fn(() => status),
  'sync:now': vi.fn(() => status),
  'sync:soon': vi.fn(() => ({ ok: true as const })),
  'sync:images': vi.fn(() => status),
  'sync:disable': vi.fn(() => status),
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('background dispatcher (onMessages)', () => {
  it('answers the extension’s own pages', async () => {
    const h = handlers();
    onMessages(h);
    for (const path of ['/popup.html?tabId=3', '/library.html', '/options.html', '/reader.html?id=1'])
      expect(await deliver({ type: 'tab:mark', data: { tabId: 3 } }, own(path))).toEqual({ ok: true, saved: true });
    expect(h['tab:mark']).toHaveBeenCalledTimes(4);
    expect(h['tab:mark']).toHaveBeenCalledWith({ tabId: 3 }, own('/popup.html?tabId=3'));
  });

  it.each(senders)('refuses %s, in words, and runs nothing', async (_, sender) => {
    const h = handlers();
    onMessages(h);
    const reply = await deliver({ type: 'tab:save', data: { tabId: 9, force: true } }, sender);
    expect(reply).toEqual({ ok: false, error: 'refused', message: expect.stringMatching(/Offprint/) });
    expect(h['tab:save']).not.toHaveBeenCalled();
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'does not answer "%s" (only the protocol’s own messages)',
    async (type) => {
      onMessages(handlers());
      expect(await deliver({ type, data: null }, own('/popup.html'))).toBeUndefined();
    },
  );

  it.each([null, 'tab:save', 42, { data: {} }, { type: 5 }])('ignores a message that is not ours: %j', async (msg) => {
    const h = handlers();
    onMessages(h);
    expect(await deliver(msg, own('/popup.html'))).toBeUndefined();
    expect(h['tab:save']).not.toHaveBeenCalled();
  });

  it('turns a handler’s exception into a failure in words', async () => {
    onMessages({ ...handlers(), 'tab:mark': () => Promise.reject(new Error('No tab with id: 3.')) });
    expect(await deliver({ type: 'tab:mark', data: { tabId: 3 } }, own('/popup.html'))).toEqual({
      ok: false,
      error: 'failed',
      message: 'That tab was closed. Open the page again and save it from there.', // not "No tab with id: 3."
    });
  });
});

describe('sendMessage', () => {
  it('resolves with the typed reply of the background', async () => {
    fakeBrowser.runtime.onMessage.addListener((() => Promise.resolve({ ok: true, saved: false })) as never);
    const reply = await sendMessage('tab:mark', { tabId: 1 });
    expect(reply).toEqual({ ok: true, saved: false });
  });

  it('never rejects: no receiver, a closed port or an empty answer is a "no-answer" failure in words', async () => {
    expect(await sendMessage('images:resume', null)).toEqual({
      ok: false,
      error: 'no-answer',
      message: expect.stringMatching(/did not answer.*Try again/),
    });
    fakeBrowser.runtime.onMessage.addListener((() =>
      Promise.reject(new Error('The message port closed before a response was received.'))) as never);
    expect(await sendMessage('images:resume', null)).toMatchObject({
      ok: false,
      error: 'no-answer',
      message: expect.not.stringContaining('The message port closed'), // in words, not the browser's
    });
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener((() => Promise.resolve('not a reply')) as never);
    expect(await sendMessage('images:resume', null)).toMatchObject({ ok: false, error: 'no-answer' });
  });
});

describe('offscreen document (onOffscreenMessages)', () => {
  const parsed = { ok: false as const, error: 'not-article' as const, message: 'No article was found on this page.' };
  const arg = { html: '<p>x</p>', url: 'https://news.example/story' };

  it('answers the background', async () => {
    const extract = vi.fn(async () => parsed);
    onOffscreenMessages({ 'offscreen:extract-html': extract });
    expect(await deliver({ type: 'offscreen:extract-html', data: arg }, own(BACKGROUND_SCRIPT))).toEqual(parsed);
    expect(extract).toHaveBeenCalledWith(arg, own(BACKGROUND_SCRIPT));
  });

  it.each([...senders, ['the popup (an extension page, not the background)', own('/popup.html')] as [string, Sender]])(
    'refuses %s',
    async (_, sender) => {
      const extract = vi.fn(async () => parsed);
      onOffscreenMessages({ 'offscreen:extract-html': extract });
      expect(await deliver({ type: 'offscreen:extract-html', data: arg }, sender)).toMatchObject({
        ok: false,
        error: 'refused',
      });
      expect(extract).not.toHaveBeenCalled();
    },
  );

  it('leaves the background’s messages to the background, the offscreen ones to the offscreen document', async () => {
    const h = handlers();
    onMessages(h);
    const extract = vi.fn(async () => parsed);
    onOffscreenMessages({ 'offscreen:extract-html': extract });
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:mark', data: {} }, own('/popup.html'));
    expect(answers.filter((a) => a !== undefined)).toEqual([{ ok: true, saved: true }]);
    expect(extract).not.toHaveBeenCalled();
  });

  it('sendToOffscreen resolves with the reply, or a failure in words when the document is gone', async () => {
    expect(await sendToOffscreen('offscreen:extract-html', arg)).toMatchObject({
      ok: false,
      error: 'no-answer',
      message: expect.stringMatching(/page parser did not answer/),
    });
    fakeBrowser.runtime.onMessage.addListener((() => Promise.resolve(parsed)) as never);
    expect(await sendToOffscreen('offscreen:extract-html', arg)).toEqual(parsed);
  });
});
