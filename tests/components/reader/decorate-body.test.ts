// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decorateBody } from '@/components/reader/decorate-body';
import { UI_ATTR, indexText } from '@/utils/highlights/text-index';
import { speechPlan } from '@/utils/speech/speech-plan';

const ARTICLE = `
  <p>Install it, then configure it:</p>
  <pre data-language="sh"><code>npm install tidepool
tidepool --init</code></pre>
  <p>The options:</p>
  <table><caption>Options</caption><tr><th>Key</th><th>Default</th></tr><tr><td>bind</td><td>127.0.0.1</td></tr></table>
  <article><header><cite>ada</cite> · <time>Jun 2, 2024</time></header>
  <div><p>A post with code:</p><pre>x = 1</pre></div></article>`;

function body(html = ARTICLE): HTMLElement {
  document.body.innerHTML = `<div id="article-body">${html}</div>`;
  return document.getElementById('article-body')!;
}

afterEach(() => vi.restoreAllMocks());

describe('decorateBody', () => {
  it('adds a named Copy button above each code block and a named, focusable scroller around each table', () => {
    const root = body();
    decorateBody(root);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons).toHaveLength(2);
    for (const b of buttons) {
      expect(b.textContent).toBe('Copy code'); // "Copy" shown, "code" for screen readers
      expect(b.type).toBe('button');
      expect(b.closest(`[${UI_ATTR}]`)).not.toBeNull();
    }
    for (const pre of root.querySelectorAll('pre')) {
      expect(pre.tabIndex).toBe(0);
      expect(pre.parentElement!.className).toBe('code-block');
    }
    // The language the page named is shown in the bar (reader UI); a block without one shows none.
    const labels = [...root.querySelectorAll('.code-language')];
    expect(labels.map((l) => l.textContent)).toEqual(['sh']);
    expect(labels[0].closest(`[${UI_ATTR}]`)).not.toBeNull();
    const scroller = root.querySelector('table')!.parentElement!;
    expect(scroller.className).toBe('table-scroll');
    expect(scroller.getAttribute('role')).toBe('group');
    expect(scroller.getAttribute('aria-label')).toBe('Table: Options');
    expect(scroller.tabIndex).toBe(0);
  });

  it('leaves the article text that highlights, search and Listen use exactly as it was', () => {
    const before = indexText(body()).text;
    const plain = speechPlan([body()], 'en').map((i) => i.text);
    const root = body();
    decorateBody(root);
    expect(indexText(root).text).toBe(before);
    expect(indexText(root).text).not.toMatch(/Copy|Copied/);
    expect(speechPlan([root], 'en').map((i) => i.text)).toEqual(plain);
  });

  it('decorates once however often it runs', () => {
    const root = body();
    decorateBody(root);
    decorateBody(root);
    expect(root.querySelectorAll('.code-bar')).toHaveLength(2);
    expect(root.querySelectorAll('.table-scroll')).toHaveLength(1);
  });

  it('copies the code block’s text, says so, and reads "Copy" again after a while', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(async (_t: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = body();
    decorateBody(root);
    const button = root.querySelector<HTMLButtonElement>('.copy-code')!;
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Copied code'));
    expect(writeText).toHaveBeenCalledWith('npm install tidepool\ntidepool --init');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Code copied');
    vi.advanceTimersByTime(2500);
    expect(button.textContent).toBe('Copy code');
    vi.useRealTimers();
  });

  it('says so in words when the code cannot be copied', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      configurable: true,
    });
    const root = body();
    decorateBody(root);
    root.querySelector<HTMLButtonElement>('.copy-code')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')!.textContent).toMatch(/could not be copied/));
  });
});
