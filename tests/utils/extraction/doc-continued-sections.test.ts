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
});
