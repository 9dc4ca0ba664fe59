import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { openOptions } from './pages/options';
import { openReader, READER_ARTICLE, seedReaderArticle } from './pages/reader';
import { installSpeechStandIn, speakingText, spoken } from './pages/speech-stand-in';
import { makeArticle } from '../helpers/make-article';

let browser: Launched;
let options: Page;
let id: number;
let reader: Page;

beforeAll(async () => {
  browser = await launch();
  await installSpeechStandIn(browser.context);
  options = await openOptions(browser.context, browser.extensionId);
  id = await seedReaderArticle(options);
  reader = await openReader(browser.context, browser.extensionId, id);
});
afterAll(async () => {
  await browser?.close();
});

const finish = (page = reader) => page.evaluate(() => (window as any).__speech.finish());
const texts = async (page = reader) => (await spoken(page)).map((s) => s.text);
const player = () => reader.getByRole('region', { name: 'Listen' });

describe('Listen (real Chromium, recording speechSynthesis stand-in)', () => {
  it('reads the title, then the body by sentence, no caption or code, and highlights the sentence', async () => {
    await reader.getByRole('button', { name: 'Listen' }).click();
    await player().getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => texts()).toEqual([READER_ARTICLE.title]);
    // Each utterance ends when the stand-in says so; the next starts, highlighted on the page, until the end.
    for (let i = 0; i < 20 && !(await player().innerText()).includes('Finished'); i++) {
      const said = await texts();
      await expect.poll(() => speakingText(reader)).toBe(said.at(-1));
      await finish();
      await expect
        .poll(async () => (await texts()).length > said.length || (await player().innerText()).includes('Finished'))
        .toBe(true);
    }
    const said = await texts();
    expect(said).toEqual([
      'The harbour at dawn',
      'The harbour was quiet that morning.',
      'Fishing boats lay at anchor and the gulls were silent.',
      'Later, the harbour filled with noise as the ferry came in.',
      'Dr. Smith stepped off first.',
      'Nets were mended.',
      'Ropes were coiled.',
      'By noon the market had opened.',
      'Nobody remembered the quiet of the dawn.',
    ]);
    for (const s of said) expect(s.length).toBeLessThanOrEqual(220);
    expect(said.join(' ')).not.toMatch(/Photo|credited|const|tide/);
    expect((await spoken(reader)).every((s) => s.lang === 'en-US' && s.voice === 'test-en' && s.rate === 1)).toBe(true);
    await expect(player().innerText()).resolves.toMatch(/Finished/);
  });

  it('pauses and resumes with the sentence it was in', async () => {
    await player().getByRole('button', { name: 'Play' }).click(); // from the start again
    await finish();
    await expect.poll(() => texts()).toContain('The harbour was quiet that morning.');
    const before = (await texts()).length;
    await player().getByRole('button', { name: 'Pause' }).click();
    await finish(); // nothing is speaking: no effect
    expect((await texts()).length).toBe(before);
    await player().getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(async () => (await texts()).slice(-2))
      .toEqual(['The harbour was quiet that morning.', 'The harbour was quiet that morning.']);
    await expect.poll(() => speakingText(reader)).toBe('The harbour was quiet that morning.');
  });

  it('skips with Next / Previous sentence and with ] and [', async () => {
    await player().getByRole('button', { name: 'Next sentence' }).click();
    await expect
      .poll(async () => (await texts()).at(-1))
      .toBe('Fishing boats lay at anchor and the gulls were silent.');
    await reader.keyboard.press(']');
    await expect
      .poll(async () => (await texts()).at(-1))
      .toBe('Later, the harbour filled with noise as the ferry came in.');
    await reader.keyboard.press('[');
    await reader.keyboard.press('[');
    await expect.poll(async () => (await texts()).at(-1)).toBe('The harbour was quiet that morning.');
    await player().getByRole('button', { name: 'Previous sentence' }).click();
    await expect.poll(async () => (await texts()).at(-1)).toBe('The harbour at dawn');
  });

  it('Space in the player pauses and plays', async () => {
    await player().getByRole('button', { name: 'Pause' }).focus();
    await reader.keyboard.press(' ');
    await expect.poll(() => player().locator('#listen-play').getAttribute('aria-label')).toBe('Play');
    const n = (await texts()).length;
    await reader.keyboard.press(' ');
    await expect.poll(async () => (await texts()).length).toBe(n + 1);
    await expect.poll(() => player().locator('#listen-play').getAttribute('aria-label')).toBe('Pause');
  });

  it('changes the speed at once, and remembers it and the voice after a reload', async () => {
    await player().getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
    await expect.poll(async () => (await spoken(reader)).at(-1)!.rate).toBe(1.5);
    await player().getByRole('combobox', { name: 'Voice' }).selectOption('test-gb');
    await expect.poll(async () => (await spoken(reader)).at(-1)!.voice).toBe('test-gb');
    // Voices of the article's language first, those that work offline marked.
    const options = await player().locator('#listen-voice option').allInnerTexts();
    expect(options).toEqual([
      'Test English (en-US), works offline',
      'Test British (en-GB)',
      'Test German (de-DE), works offline',
    ]);
    await reader.reload();
    await reader.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => player().getByRole('combobox', { name: 'Speed' }).inputValue()).toBe('1.5');
    await expect.poll(() => player().getByRole('combobox', { name: 'Voice' }).inputValue()).toBe('test-gb');
  });

  it('clicking a paragraph starts reading there', async () => {
    await reader.locator('#article-body li', { hasText: 'Ropes' }).click();
    await expect.poll(async () => (await texts()).at(-1)).toBe('Ropes were coiled.');
    await expect.poll(() => speakingText(reader)).toBe('Ropes were coiled.');
    await player().getByRole('button', { name: 'Close Listen' }).click();
    await expect.poll(() => speakingText(reader)).toBe('');
  });

  it('says clearly that there is no voice, and Play is not a silent button', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?id=${id}#novoices`);
    await page.getByRole('button', { name: 'Listen' }).click();
    const alert = page.getByRole('region', { name: 'Listen' }).getByRole('alert');
    await expect
      .poll(() => alert.innerText(), { timeout: 10_000 })
      .toMatch(/no text-to-speech voices.*speech-dispatcher/);
    expect(await page.locator('#listen-play').isDisabled()).toBe(true);
    await page.close();
  });

  it('reading progress advances as it reads a long article', async () => {
    const long = Array.from(
      { length: 80 },
      (_, i) => `<p>Paragraph ${i + 1} of the long article goes on. It has a second sentence too.</p>`,
    ).join('');
    const longArticle = makeArticle('http://127.0.0.1/long', long.replace(/<[^>]+>/g, ' '), {
      title: 'A long one',
      contentHtml: long,
      originalLength: 0,
    });
    const longId = await options.evaluate(async (a) => {
      const { id } = await (globalThis as any).__offprintData.saveArticle(a);
      return id;
    }, longArticle);
    const page = await openReader(browser.context, browser.extensionId, longId);
    await page.setViewportSize({ width: 900, height: 500 });
    await page.evaluate(() => ((window as any).__speech.autoMs = 15));
    await page.getByRole('button', { name: 'Listen' }).click();
    await page.getByRole('region', { name: 'Listen' }).getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await spoken(page)).length, { timeout: 20_000 }).toBeGreaterThan(60);
    await expect
      .poll(
        () =>
          options.evaluate(
            (i) =>
              (globalThis as any).__offprintData
                .getDb()
                .articles.get(i)
                .then((a: any) => a.progress),
            longId,
          ),
        {
          timeout: 10_000,
        },
      )
      .toBeGreaterThan(0.2);
    await page.close();
  });
});
