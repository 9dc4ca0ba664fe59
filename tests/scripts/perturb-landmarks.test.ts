// @vitest-environment node
// `bench:extract --perturb landmarks` (scripts/lib/perturb-landmarks.ts): landmarks become divs, roles go,
// and what sites without landmarks keep stays.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { perturbClasses } from '../../scripts/lib/perturb-classes';
import { LANDMARK_TAGS, perturbLandmarks } from '../../scripts/lib/perturb-landmarks';

const page = `<html><head><meta property="og:type" content="article"></head><body>
  <header class="site-header" id="top" role="banner" aria-label="Site"><nav class="menu" aria-label="Main">
    <ul><li><a href="/">Home</a></li></ul></nav></header>
  <div role="navigation" class="crumbs"><a href="/">Home</a></div>
  <main id="content" role="main" @keydown.esc="open = false" :class="{ open }">
    <article class="post" itemscope itemtype="https://schema.org/Article"
      aria-labelledby="t" data-id="7" hidden>
    <h1 id="t" itemprop="headline">Title</h1><time datetime="2026-12-03">3 Dec</time>
    <section class="body" aria-describedby="t"><p>First <b>bold</b> text.</p>
      <table><tr><td>1</td></tr></table></section>
    <footer class="meta">Posted</footer></article>
    <aside class="related">Related</aside></main>
  <footer role="contentinfo"><p>©</p></footer>
  <script type="application/ld+json">{"@type":"Article"}</script></body></html>`;

const perturbed = (html: string, ...steps: ((doc: Document) => void)[]) => {
  const doc = new JSDOM(html, { url: 'https://example.com/a/' }).window.document;
  for (const step of steps) step(doc);
  return doc;
};

describe('perturbLandmarks', () => {
  const doc = perturbed(page, perturbLandmarks);

  it('leaves no landmark tag and no role', () => {
    expect(doc.querySelector(LANDMARK_TAGS.join(','))).toBeNull();
    expect(doc.querySelector('[role]')).toBeNull();
  });

  it('keeps the divs in place with their other attributes and children', () => {
    const article = doc.querySelector('.post')!;
    expect(article.tagName).toBe('DIV');
    expect(article.parentElement!.id).toBe('content');
    expect(article.parentElement!.getAttribute('@keydown.esc')).toBe('open = false');
    expect(article.getAttribute('itemtype')).toBe('https://schema.org/Article');
    expect(article.getAttribute('data-id')).toBe('7');
    expect((article as HTMLElement).hidden).toBe(true);
    expect(article.hasAttribute('aria-labelledby')).toBe(false);
    expect(doc.querySelector('.site-header')!.hasAttribute('aria-label')).toBe(false);
    expect(doc.querySelector('.body')!.getAttribute('aria-describedby')).toBe('t');
    expect(doc.querySelector('.body')!.innerHTML).toBe(
      '<p>First <b>bold</b> text.</p>\n      <table><tbody><tr><td>1</td></tr></tbody></table>',
    );
    expect(doc.querySelector('.site-header > .menu > ul > li > a')!.textContent).toBe('Home');
    expect(doc.body.textContent!.replace(/\s+/g, ' ')).toBe(perturbed(page).body.textContent!.replace(/\s+/g, ' '));
  });

  it('keeps headings, time, microdata, JSON-LD and meta', () => {
    expect(doc.querySelector('h1[itemprop=headline]')!.textContent).toBe('Title');
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2026-12-03');
    expect(doc.querySelector('script[type="application/ld+json"]')!.textContent).toContain('Article');
    expect(doc.querySelector('meta[property="og:type"]')).not.toBeNull();
  });

  it('composes with --perturb classes', () => {
    const both = perturbed(page, perturbClasses, perturbLandmarks);
    expect(both.querySelector(LANDMARK_TAGS.join(','))).toBeNull();
    expect(both.querySelector('.post, #content')).toBeNull();
    expect(both.querySelector('h1')!.textContent).toBe('Title');
  });
});
