// @vitest-environment jsdom
// Nextra 3 and 4 print every inline code as `<code class="nextra-code">` and every table as `<table class="…
// nextra-scrollbar …">`. Readability's unlikely-candidates test matches inside words and reads "nextra" as "extra":
// on a real Nextra page it removed the inline code from its sentence ("The  Scorer provided …") and a table of
// thresholds, before scoring (fixture docs-nextra3-code-tables).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { keepContentTags } from '@/utils/extraction/content-tags';
import type { Census } from '@/utils/extraction/page-census';

const census = (root: Element) => ({ classed: [...root.querySelectorAll('[class]')] }) as unknown as Census;

describe("a manual's inline code and tables under a generator's class names (docs-nextra3-code-tables)", () => {
  it('keeps the inline code in its sentence and the table, without the chrome', () => {
    const text = offprintPage(loadPage('docs-nextra3-code-tables'))?.text ?? '';
    expect(text).toContain('The X-Ledger-Plan header of every answer names the plan');
    expect(text).toContain('the number of seconds the Retry-After header gives');
    expect(text).toMatch(/Plan\s+Reads per minute\s+Writes per minute/);
    expect(text).toMatch(/Enterprise\s+3000\s+900/);
    for (const chrome of ['Edit this page', 'Give us feedback', 'On This Page', 'Webhooks', 'Search documentation'])
      expect(text).not.toContain(chrome);
  });

  it('takes off the class words Readability drops an inline code or a data table for, and only theirs', () => {
    document.body.innerHTML =
      '<main><p>The <code class="nextra-code">flag</code> option.</p>' +
      '<pre><code class="nextra-code">x = 1</code></pre>' +
      '<table class="nextra-scrollbar"><tr><th>A</th></tr><tr><td>1</td></tr></table>' +
      '<table class="footer"><tr><td>Home</td><td>Contact</td></tr></table>' +
      '<div class="nextra-toc">On this page</div><code class="language-js">y</code></main>';
    keepContentTags(census(document.body));
    const [inline, block] = document.querySelectorAll('code');
    expect(inline.hasAttribute('class')).toBe(false);
    // A code block is freeCodeBlocks' (its <pre>), a layout table without header cells and a box that is no code or
    // table keep their words.
    expect(block.getAttribute('class')).toBe('nextra-code');
    expect(document.querySelectorAll('table')[0].hasAttribute('class')).toBe(false);
    expect(document.querySelectorAll('table')[1].getAttribute('class')).toBe('footer');
    expect(document.querySelector('div')!.getAttribute('class')).toBe('nextra-toc');
    expect(document.querySelector('.language-js')).not.toBeNull();
  });
});
