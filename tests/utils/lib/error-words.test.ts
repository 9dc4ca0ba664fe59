import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KNOWN_ERRORS, errorWords, knownError, type KnownError } from '@/utils/lib/error-words';
import { saveTab } from '@/utils/saving/save-tab';
import { statusWords } from '@/utils/saving/fetch-page';
import { sendMessage } from '@/utils/messages';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { stubBrowserGaps } from '../../helpers/stub-browser';

const known = Object.entries(KNOWN_ERRORS) as [string, KnownError][];

/** Words for people: a sentence, no error class names, ids, stack bits or browser jargon. */
function expectHuman(message: string, raw?: string) {
  expect(message).toMatch(/^[A-Z]/);
  expect(message).toMatch(/[.!]$/);
  expect(message).not.toMatch(/\b\w+Error\b|\bID \d|\bid:? \d|undefined|null|\bframe\b|receiving end|manifest/i);
  expect(message).not.toMatch(/net::|NS_ERROR|chrome:\/\/|DOMException|\bat \w+ \(/i);
  if (raw) expect(message).not.toContain(raw);
}

describe('errors in words', () => {
  it.each(known)('%s: the raw browser text is recognised and has a sentence for people', (code, k) => {
    expect(knownError(new Error(k.sample))).toBe(code);
    expect(errorWords(new Error(k.sample))).toBe(k.words);
    expectHuman(k.words, k.sample);
  });

  it('says "This page didn\'t load" for Chrome’s error-page frame', () => {
    expect(errorWords(new Error('Frame with ID 0 is showing error page'))).toBe(
      "This page didn't load. Reload it and try again.",
    );
  });

  it('never shows an unknown error’s text: the fallback sentence instead', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const raw = 'TypeError: Cannot read properties of undefined (reading "x")';
    expect(errorWords(new Error(raw), 'The article could not be stored. Try again.')).toBe(
      'The article could not be stored. Try again.',
    );
  });

  it.each([400, 401, 403, 404, 410, 429, 500, 503])('HTTP %i has words', (status) => {
    expectHuman(statusWords(status));
  });
});

describe('errors the user sees when saving a tab', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    setDb(new OffprintDB(`words-${crypto.randomUUID()}`));
    executeScript = vi.fn();
    stubBrowserGaps({ executeScript });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 3, url: 'https://news.example/a' } as never);
  });

  it.each(known)('%s from the browser reaches the popup in words', async (_code, k) => {
    executeScript.mockRejectedValue(new Error(k.sample));
    const r = await saveTab({ tabId: 3 });
    expect(r.ok).toBe(false);
    expectHuman((r as { message: string }).message, k.sample);
  });

  it('an error the extractor throws in the page is not shown as it is', async () => {
    executeScript.mockRejectedValue(new Error('SyntaxError: Unexpected token < in JSON at position 0'));
    const r = await saveTab({ tabId: 3 });
    expectHuman((r as { message: string }).message, 'Unexpected token');
  });

  it('a message the background cannot take says so in words', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const r = await sendMessage('queue:work', null);
    expect(r).toMatchObject({ ok: false, error: 'no-answer' });
    expectHuman((r as { message: string }).message, 'Receiving end');
  });
});
