// @vitest-environment jsdom
import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import * as extractPageModule from '@/utils/extraction/extract-page';
import { warmUpExtractor, warmUpKinds } from '@/utils/extraction/warm-up-extractor';

describe('warmUpExtractor', () => {
  it('runs the whole extractor on its own sample, which is an article, and leaves the page alone', async () => {
    vi.stubGlobal('Blob', NodeBlob); // jsdom's Blob has no stream() (the original's gzip)
    document.body.innerHTML = '<p id="page">The page the user sees.</p>';
    const before = document.documentElement.outerHTML;
    const spy = vi.spyOn(extractPageModule, 'extractPage');
    await warmUpExtractor();
    const [doc, url] = spy.mock.calls[0];
    expect(doc).not.toBe(document);
    expect(url).toBe('https://offprint.invalid/warm-up');
    // The sample takes the article path (Readability, the passes, the sanitizer), which is what it warms up.
    await expect(spy.mock.results[0].value).resolves.toMatchObject({
      ok: true,
      article: { kind: 'article', title: 'Harbour plan delayed again' },
    });
    expect(document.documentElement.outerHTML).toBe(before);
    spy.mockRestore();
    vi.unstubAllGlobals();
  });

  it('then runs one sample of each other kind of page, so their paths are compiled before the first Save', async () => {
    vi.stubGlobal('Blob', NodeBlob);
    const spy = vi.spyOn(extractPageModule, 'extractPage');
    await warmUpExtractor();
    await warmUpKinds(() => false);
    const results = await Promise.all(
      spy.mock.results.map((r) => r.value as Promise<extractPageModule.ExtractPageResult>),
    );
    // Every sample is its own inert document at the reserved address, never the page.
    expect(spy.mock.calls.every(([doc, url]) => doc !== document && url === 'https://offprint.invalid/warm-up')).toBe(
      true,
    );
    expect(results.map((r) => (r.ok ? r.article.pageKind : r.error))).toEqual([
      'article',
      'thread',
      'documentation',
      'listing',
      'product',
      'service',
    ]);
    spy.mockRestore();
    vi.unstubAllGlobals();
  });

  it('stops the other kinds as soon as a Save has started', async () => {
    vi.stubGlobal('Blob', NodeBlob);
    const spy = vi.spyOn(extractPageModule, 'extractPage');
    let saving = false;
    const run = warmUpKinds(() => saving);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await spy.mock.results[0]?.value; // the first sample is under way when the Save starts
    saving = true;
    await run;
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    vi.unstubAllGlobals();
  });
});
