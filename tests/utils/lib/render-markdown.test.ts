// @vitest-environment jsdom
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/utils/lib/render-markdown';

describe('renderMarkdown', () => {
  it('renders the shipped privacy policy with its headings and tables', () => {
    const html = renderMarkdown(fs.readFileSync('docs/privacy.md', 'utf8'));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe('Offprint privacy policy');
    expect(doc.querySelectorAll('h2').length).toBeGreaterThanOrEqual(2);
    expect(doc.querySelector('table td')?.textContent).toMatch(/Saved articles/);
  });

  it('keeps no script or handler', () => {
    const html = renderMarkdown(
      '# Hi\n\n<script>alert(1)</script><img src=x onerror="alert(1)">\n\nA [link](javascript:alert(1)).',
    );
    expect(html).toMatch(/<h1>Hi<\/h1>/);
    expect(html).not.toMatch(/<script|onerror|href="javascript:/i);
  });
});
