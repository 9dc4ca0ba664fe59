// @vitest-environment jsdom
// A manual's "See also" and "Related content" sections are entries of its own outline: the page's table of contents
// links to them (`href="#see_also"`). The headed-list rule, which takes "Related" / "See also" link lists out of news
// pages, leaves those alone; a "Related articles" box that no link of the page points to still goes.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { anchorTargets } from '@/utils/extraction/anchor-targets';

const parse = (html: string) => new JSDOM(html, { url: 'http://fakehost/docs/queues' }).window.document;

const PROSE =
  '<p>A queue holds jobs until a worker is free to run them. Each job is a small record with a name, its ' +
  'arguments and the time it was added, and the queue hands jobs out in the order they arrived.</p>' +
  '<p>Workers ask the queue for the next job when they start and again each time they finish one. A worker that ' +
  'stops answering for longer than the visibility timeout loses its job, which goes back to the queue.</p>';

const SEE_ALSO_LINKS =
  '<ul><li><a href="/docs/workers">Workers and their timeouts</a></li>' +
  '<li><a href="/docs/dead-letters">Inspecting dead jobs</a></li></ul>';

const RELATED_BOX =
  '<div class="promo-box"><h3>Related articles</h3><ul><li><a href="/blog/launch">We rebuilt our queues</a></li>' +
  '<li><a href="/blog/case-study">How a shop sends a million mails a day</a></li></ul></div>';

const TOC =
  '<aside><h2>In this article</h2><ul><li><a href="#adding-jobs">Adding jobs</a></li>' +
  '<li><a href="#see-also">See also</a></li></ul></aside>';

describe('sections of the page outline under a "See also" heading', () => {
  it('keeps a "See also" heading and list that the table of contents links to (Microsoft Learn, the Arch wiki)', () => {
    // Before the rule the headed-list rule took the heading and its list.
    const doc = parse(
      `<body>${TOC}<main><h1>Queues</h1>${PROSE}<h2 id="adding-jobs">Adding jobs</h2>${PROSE}` +
        `<h2 id="see-also">See also</h2>${SEE_ALSO_LINKS}${RELATED_BOX}</main></body>`,
    );
    removeClutter(doc);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('See also');
    expect(text).toContain('Inspecting dead jobs');
    expect(text).not.toMatch(/Related articles|We rebuilt our queues/);
  });

  it('keeps a section the contents link to by its heading (MDN: <section aria-labelledby> with an <h2 id>)', () => {
    const doc = parse(
      `<body>${TOC}<main><h1>Queues</h1>${PROSE}<section aria-labelledby="see-also">` +
        `<h2 id="see-also">See also</h2>${SEE_ALSO_LINKS}</section></main></body>`,
    );
    removeClutter(doc);
    expect(doc.body.textContent).toContain('Inspecting dead jobs');
  });

  it('reads a contents link whose target is escaped (a heading in Cyrillic) as a link to the heading', () => {
    // Generators escape a heading's id in the links to it, not in the id: the clutter pass read the target as written.
    const id = 'Читайте_также';
    const doc = parse(
      `<body><aside><ul><li><a href="#${encodeURIComponent(id)}">Читайте также</a></li></ul></aside><main>` +
        `<h1>Queues</h1>${PROSE}<h2 id="${id}">Читайте также</h2>${SEE_ALSO_LINKS}</main></body>`,
    );
    removeClutter(doc);
    expect(doc.body.textContent).toContain('Inspecting dead jobs');
  });

  it('anchorTargets: each in-page target as written and decoded, a malformed escape as written', () => {
    const links = parse(
      '<body><a href="#see-also">a</a><a href="#Voir%20aussi">b</a><a href="#100%">c</a><a href="#">d</a>' +
        '<a href="/docs#x">e</a></body>',
    ).querySelectorAll('a');
    expect([...anchorTargets(links)].sort()).toEqual(['100%', 'Voir aussi', 'Voir%20aussi', 'see-also']);
  });

  it('still removes the same heading and list when no link of the page points to them', () => {
    const doc = parse(
      `<body><main><h1>Queues</h1>${PROSE}<h2 id="see-also">See also</h2>${SEE_ALSO_LINKS}</main>` +
        '<a href="#main-content">Skip to content</a></body>',
    );
    removeClutter(doc);
    expect(doc.body.textContent).not.toContain('Inspecting dead jobs');
  });
});
