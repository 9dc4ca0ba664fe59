// @vitest-environment node
// `bench:extract --perturb classes` (scripts/lib/perturb-classes.ts): class words and ids become stable
// meaningless codes, what points at an id follows, and what hashed sites keep stays.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { codeOf, hashWord, perturbClasses } from '../../scripts/lib/perturb-classes';

const perturbed = (html: string) => {
  const doc = new JSDOM(html, { url: 'https://example.com/guide/' }).window.document;
  perturbClasses(doc);
  return doc;
};

describe('hashWord', () => {
  it('gives the same word the same code and different words different codes', () => {
    expect(hashWord('sidebar')).toBe(hashWord('sidebar'));
    expect(hashWord('sidebar')).not.toBe(hashWord('sidebar2'));
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => hashWord(`w${i}`)));
    expect(codes.size).toBeGreaterThan(1995);
  });
  it('spells no word a rule reads', () => {
    for (const w of ['post', 'comment', 'sidebar', 'nav', 'toc', 'content', 'btn']) {
      expect(hashWord(w)).toMatch(/^[qxzjkvwg]{8}$/);
    }
  });
});

describe('codeOf', () => {
  it('keeps the numbers of a word after its code, so numbered words stay numbered', () => {
    expect(codeOf('post')).toBe(hashWord('post'));
    expect(codeOf('post-2017066')).toBe(`${hashWord('post-0')}2017066`);
    expect(codeOf('post-12')).toBe(`${hashWord('post-0')}12`);
    expect(codeOf('post_message_2017066')).toMatch(/^[qxzjkvwg]{8}2017066$/);
  });
});

describe('perturbClasses', () => {
  const doc = perturbed(`<html class="js"><body class="page has-sidebar">
    <nav id="toc" class="toc sidebar"><a href="#install">Install</a> <a href="/guide/#usage">Usage</a>
      <a href="/guide/#install">Install</a>
      <a href="https://other.example/#install">elsewhere</a></nav>
    <main role="main" itemscope itemtype="https://schema.org/TechArticle">
      <h2 id="install" class="heading">Install</h2>
      <button aria-controls="panel-1 missing" aria-expanded="false" data-bs-target="#panel-1">More</button>
      <div id="panel-1" class="collapse" aria-labelledby="install" hidden><p itemprop="text">Text</p></div>
      <label for="q">Search</label><input id="q" class="search-input">
      <div class="post" id="p12"></div><div class="post" id="p13"></div>
      <template id="B:0"></template><div hidden id="S:0">late</div>
      <svg class="icon"><use href="#icon-copy"></use></svg>
    </main>
    <script type="application/ld+json">{"@type":"TechArticle"}</script></body></html>`);
  const code = (w: string) => codeOf(w);

  it('replaces every class word, keeping repeated structures alike', () => {
    expect(doc.body.className).toBe(`${code('page')} ${code('has-sidebar')}`);
    expect(doc.documentElement.className).toBe(code('js'));
    const posts = doc.querySelectorAll(`div.${code('post')}`);
    expect(posts).toHaveLength(2);
    expect(posts[1].id).toBe(`${hashWord('p0')}13`);
    expect(doc.body.outerHTML).not.toMatch(/class="[^"]*(toc|sidebar|collapse|heading|post|icon)/);
  });

  it('replaces ids and what points at them', () => {
    expect(doc.getElementById('toc')).toBeNull();
    const heading = doc.getElementById(code('install'))!;
    expect(heading.textContent).toBe('Install');
    const links = Array.from(doc.querySelectorAll('nav a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `#${code('install')}`,
      '/guide/#usage',
      `/guide/#${code('install')}`,
      'https://other.example/#install',
    ]);
    const button = doc.querySelector('button')!;
    expect(button.getAttribute('aria-controls')).toBe(`${code('panel-1')} missing`);
    expect(button.getAttribute('data-bs-target')).toBe(`#${code('panel-1')}`);
    const panel = doc.getElementById(code('panel-1'))!;
    expect(panel.getAttribute('aria-labelledby')).toBe(code('install'));
    expect(doc.querySelector('label')!.getAttribute('for')).toBe(code('q'));
    expect(doc.getElementById(code('q'))!.tagName).toBe('INPUT');
  });

  it('keeps what hashed sites keep: tags, roles, microdata, JSON-LD, framework ids', () => {
    const main = doc.querySelector('main')!;
    expect(main.getAttribute('role')).toBe('main');
    expect(main.getAttribute('itemtype')).toBe('https://schema.org/TechArticle');
    expect(doc.querySelector('[itemprop=text]')!.textContent).toBe('Text');
    expect(doc.querySelector('script[type="application/ld+json"]')!.textContent).toContain('TechArticle');
    expect(doc.getElementById('B:0')!.tagName).toBe('TEMPLATE');
    expect(doc.getElementById('S:0')!.hidden).toBe(true);
    expect(doc.querySelector('use')!.getAttribute('href')).toBe('#icon-copy');
  });
});
