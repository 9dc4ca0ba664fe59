// @vitest-environment jsdom
// Session 40: a manual's sections after Readability's block (docs-section-continues, class-free markup in Sphinx's
// shape: nested <section>s, class entries as <dl> with their text in <dd>). Readability's block is the "Available
// hooks" section, the best scored; the page's last section ("Hook order", a list of links to entries with a line
// each) scores too little to join it as a sibling. With real class words Sphinx's container weighted the whole
// text; hashed (or on a site whose words say nothing), the last section was lost.
import { describe, expect, it } from 'vitest';
import { continuedSections } from '@/utils/extraction/continued-sections';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';

describe("a document's sections after Readability's block (docs-section-continues)", () => {
  it('are kept: the section under a heading of the block’s own rank, to the region’s end', () => {
    const doc = loadPage('docs-section-continues');
    const vanilla = readabilityText(doc);
    expect(vanilla).toContain('Settings of the sentry hook');
    expect(vanilla).not.toContain('Hook order'); // Readability's block stops before it
    const text = offprintPage(doc)?.text ?? '';
    expect(text).toMatch(/^Available hooks¶\nRetry hook¶/m);
    expect(text).toMatch(/^Hook order¶\nHere are some hints about the order of the hooks/m);
    expect(text).toMatch(/Last: it must see the failure the other hooks report\.$/);
    expect(text).not.toMatch(/Back to Top|General Index|Search 3\.2|License/);
  });

  const entries = ['Retry', 'Lock', 'Timeout', 'Metrics'].map((name) => [
    `${name} hook`,
    `The ${name.toLowerCase()} hook runs around every task of the queue it is added to. It reads its settings ` +
      'once when the worker starts and keeps no state of its own between two tasks of the queue.',
  ]);
  const region = (tail: string) =>
    parsePage(
      '<body><div id="r"><section><h2>Available hooks</h2>' +
        entries.map(([h, p]) => `<section><h3>${h}</h3><p>${p}</p></section>`).join('') +
        `</section>${tail}</div></body>`,
    ).getElementById('r')!;
  const block = ['Available hooks', ...entries.flat()].join('\n');
  const textOf = (r: Element) =>
    [...r.querySelectorAll('h1,h2,h3,p,li')]
      .filter((e) => !e.querySelector('p'))
      .map((e) => e.textContent)
      .join('\n');
  const prose =
    '<p>Here are some hints about the order of the hooks in the list of a queue and why it matters to a worker.</p>' +
    '<p>Put the tracing hook first so that its span covers the time that all of the other hooks take.</p>';

  it('reads the continuation from structure', () => {
    const r = region(`<section><h2>Hook order</h2>${prose}</section>`);
    expect(continuedSections(r, textOf(r), block)?.map((n) => n.textContent?.slice(0, 10))).toEqual(['Hook order']);
  });

  it('is not a list of links, nor a section under a heading of a higher rank, nor one with a form', () => {
    const links =
      '<ul>' +
      ['One story', 'Another story', 'A third story', 'And a fourth story here']
        .map((t) => `<li><a href="/news/${t.length}">${t} about the queue that everyone is talking about now</a></li>`)
        .join('') +
      '</ul>';
    const linkList = region(`<section><h2>Related stories</h2>${links}</section>`);
    expect(continuedSections(linkList, textOf(linkList), block)).toBeNull();
    const higher = region(`<section><h1>Comments</h1>${prose}</section>`);
    expect(continuedSections(higher, textOf(higher), block)).toBeNull();
    const form = region(`<section><h2>Leave a reply</h2>${prose}<form><textarea></textarea></form></section>`);
    expect(continuedSections(form, textOf(form), block)).toBeNull();
  });

  // Session 41: what a page adds after its text in cards, each a title, a line and a link to another page standing
  // alone on its line, is no section of it (a course page's "Similar courses", a shop guide's tiles over its
  // quote form). The link alone closing a short box, to another page, is the shape; a manual's entries open with
  // their links or hold them in their sentences (the "Hook order" list above).
  const courses = ['Panel wiring basics', 'Night class in code reading', 'Meter use on site'].map(
    (t, i) =>
      `<div><button aria-expanded="false"><span>${t}</span></button><div><p>The ${t.toLowerCase()} course runs ` +
      `for ${i + 3} weeks on two evenings a week and prepares you for the trade's first exam.</p>` +
      `<a href="/w/courses/${i + 7}-course">More information</a></div></div>`,
  );
  it('is not a run of teasers: cards of other pages, each closed by a link alone on its line', () => {
    const cards = region(`<div><h2>Similar courses</h2><div>${courses.join('')}</div></div>`);
    for (const b of cards.querySelectorAll('button')) b.replaceWith(...b.childNodes); // the region copy's buttons
    expect(continuedSections(cards, textOf(cards), block)).toBeNull();
    const tiles = region(
      ['Roof calculator', 'Which kit fits?']
        .map(
          (t, i) =>
            `<div><img src="t${i}.jpg" alt=""><div><h2>${t}</h2><p>Answer a few questions about your house and ` +
            `we show you what you need for it.</p><p><a href="/pages/tool-${i}">Start now</a></p></div></div>`,
        )
        .join('') +
        '<section><h2>Get started today</h2><p><strong>We help you plan it!</strong></p><p>Fill out the form ' +
        'for a free quote with a layout of your roof and the cost of the whole project.</p></section>',
    );
    expect(continuedSections(tiles, textOf(tiles), block)).toBeNull();
  });

  it('keeps a section whose links stand in its sentences or open its entries, to other pages too', () => {
    const list =
      '<ol>' +
      ['Tracing', 'Retry', 'Lock']
        .map(
          (h) =>
            `<li><p><a href="/docs/hooks/${h.toLowerCase()}">${h} hook</a></p><p>It should come before the ` +
            `hooks that it has to see, so that every one of them runs inside it.</p></li>`,
        )
        .join('') +
      '</ol>';
    const r = region(`<section><h2>Hook order</h2>${prose}${list}</section>`);
    expect(continuedSections(r, textOf(r), block)?.map((n) => n.textContent?.slice(0, 10))).toEqual(['Hook order']);
  });
});
