// @vitest-environment jsdom
// jsdom: DOMPurify misbehaves under happy-dom 21 (it returned '<script>' text unsanitized there).
import { describe, expect, it, vi } from 'vitest';
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { purifierFor, sanitizeHtml } from '@/utils/extraction/sanitize-html';

describe('sanitizeHtml', () => {
  it('removes scripts, handlers and script URLs', () => {
    const out = sanitizeHtml(
      '<p onclick="x()">a<script>alert(1)</script></p><a href="javascript:alert(1)">l</a><img src=x onerror=alert(1)>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(out).toContain('<p>a</p>');
  });
  it('removes frames, forms, base, meta and styles', () => {
    const out = sanitizeHtml(
      '<iframe src="https://e.com"></iframe><form action="/x"><input></form><base href="https://evil/"><meta ' +
        'http-equiv="refresh" content="0;url=https://evil"><p style="background:url(https://t.com/p.gif)">t</p>',
    );
    expect(out).toBe('<p>t</p>');
  });
  it('opens links in a new tab without opener or referrer', () => {
    expect(sanitizeHtml('<a href="https://e.com/x">e</a>')).toBe(
      '<a href="https://e.com/x" target="_blank" rel="noopener noreferrer">e</a>',
    );
  });
  it('drops srcset so only the chosen (stored) image is used', () => {
    expect(sanitizeHtml('<img src="https://e.com/a.jpg" srcset="https://e.com/b.jpg 2x" alt="a">')).toBe(
      '<img src="https://e.com/a.jpg" alt="a">',
    );
  });
  it("keeps a code block's language as data-language, nothing else of its classes", () => {
    expect(sanitizeHtml('<pre class="highlight"><code class="hljs language-TypeScript x">let a</code></pre>')).toBe(
      '<pre><code data-language="typescript">let a</code></pre>',
    );
    expect(sanitizeHtml('<pre data-language="py">x</pre><p data-language="js">y</p>')).toBe(
      '<pre data-language="py">x</pre><p>y</p>',
    );
    // A value that is not a language name (markup, spaces, length) is dropped.
    expect(sanitizeHtml('<pre data-language="&quot;><img src=x>">x</pre>')).toBe('<pre>x</pre>');
    expect(sanitizeHtml(`<code data-language="${'a'.repeat(40)}">x</code>`)).toBe('<code>x</code>');
  });
  it('keeps only safe URLs where they belong, whatever other attributes an element has', () => {
    expect(
      sanitizeHtml(
        '<blockquote cite="https://e.com/q" title="t">q</blockquote><q cite="javascript:x()">r</q>' +
          '<p data-language="js" title="x">p</p><a href="#n" data-language="js" target="x">n</a>' +
          '<img src="javascript:x()" alt="i" data-language="js"><div longdesc="https://e.com/l" lang="en">d</div>',
      ),
    ).toBe(
      '<blockquote cite="https://e.com/q" title="t">q</blockquote><q>r</q><p title="x">p</p><a href="#n">n</a>' +
        '<img alt="i"><div lang="en">d</div>',
    );
  });
  it('adds no uponSanitizeElement hook (with one, DOMPurify copies its tag allow-list on every call)', () => {
    const purify = purifierFor(new JSDOM('').window as unknown as Window & typeof globalThis);
    expect(purify.removeHook('uponSanitizeElement')).toBeUndefined();
  });
  it('configures one DOMPurify instance per window once, not on every call (a restore sanitizes thousands)', () => {
    const purify = purifierFor(window);
    expect(purifierFor(window)).toBe(purify);
    const configure = vi.spyOn(purify, 'setConfig');
    const sanitize = vi.spyOn(purify, 'sanitize');
    try {
      for (let i = 0; i < 3; i++)
        expect(sanitizeHtml(`<p onclick="x()">${i}<script>1</script></p>`)).toBe(`<p>${i}</p>`);
      expect(configure).not.toHaveBeenCalled();
      // No configuration handed to each call: DOMPurify would rebuild its allow-lists from it every time.
      expect(sanitize.mock.calls.map((c) => c.length)).toEqual([1, 1, 1]);
    } finally {
      configure.mockRestore();
      sanitize.mockRestore();
    }
  });
  it('fails closed, in words, for a document without a window', () => {
    const doc = new DOMParser().parseFromString('<p>x</p>', 'text/html');
    expect(() => sanitizeHtml('<p>x</p>', doc.defaultView as Window & typeof globalThis)).toThrow(/cannot run here/);
  });
  it("another window gets its own instance; other code's DOMPurify settings do not reach sanitizeHtml", () => {
    const win = new JSDOM('').window as unknown as Window & typeof globalThis;
    expect(purifierFor(win)).not.toBe(purifierFor(window));
    expect(sanitizeHtml('<a href="https://e.com/x" style="x">e</a>', win)).toBe(
      '<a href="https://e.com/x" target="_blank" rel="noopener noreferrer">e</a>',
    );
    // The page's shared DOMPurify, configured by someone else to allow everything, changes nothing here.
    DOMPurify.setConfig({ ADD_TAGS: ['iframe', 'script'], ADD_ATTR: ['style', 'onclick'] });
    try {
      expect(
        sanitizeHtml('<p style="a" onclick="x()">t</p><iframe src="https://e.com"></iframe><script>1</script>'),
      ).toBe('<p>t</p>');
    } finally {
      DOMPurify.clearConfig();
    }
  });
});
