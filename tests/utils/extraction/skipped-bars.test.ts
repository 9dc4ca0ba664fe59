// @vitest-environment jsdom
// Javadoc 1.2–8 print a navigation bar at the top and the bottom of every page ("Overview Package Class …", "PREV CLASS
// NEXT CLASS FRAMES NO FRAMES", "SUMMARY: NESTED | FIELD | CONSTR | METHOD"), between a skip link and the empty
// `<a name>` it jumps to. Javadoc 8 splits it into `div.topNav` and `div.subNav` (class words without a whole "nav"),
// 1.6 lays it out as tables: real class pages of both kept the bars as text (fixture docs-javadoc-skip-navbar).
import { describe, expect, it } from 'vitest';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { trimEdges } from '@/utils/extraction/trim-edges';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';

const text = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ');

describe('a bar between a skip link and its marker (docs-javadoc-skip-navbar)', () => {
  it('takes both bars out in the clutter pass, and nothing of the class', () => {
    const doc = loadPage('docs-javadoc-skip-navbar');
    removeClutter(doc);
    const t = text(doc);
    expect(t).not.toContain('Prev Class');
    expect(t).not.toContain('No Frames');
    expect(t).not.toContain('All Classes');
    expect(t).not.toMatch(/Summary: Nested/);
    expect(t).not.toMatch(/Deprecated\s*Index\s*Help/);
    expect(t).toContain('Class KilnSchedule');
    expect(t).toContain('A firing schedule for an electric kiln, built once and run by a controller.');
    expect(t).toContain('Method Summary');
    expect(t).toContain('the new schedule');
  });

  it("keeps the class's text in the extraction, without the bars", () => {
    const got = offprintPage(loadPage('docs-javadoc-skip-navbar'))?.text ?? '';
    expect(got).toContain('public class KilnSchedule');
    expect(got).toContain('A firing schedule for an electric kiln, built once and run by a controller.');
    expect(got).toContain('Adds a controlled cooling segment down to the given temperature.');
    expect(got).toContain('the new peak, in degrees Celsius');
    expect(got).not.toContain('Prev Class');
    expect(got).not.toContain('No Frames');
  });

  it("takes out javadoc 1.6's table bar, whose skip link has a title and no text, in any language", () => {
    const bar = (fragment: string, title: string) =>
      `<a name="navbar_top"></a><a href="#${fragment}" title="${title}"></a>` +
      '<table><tr><td><a href="overview-summary.html">Overview</a> ' +
      '<a href="package-summary.html">Package</a></td></tr>' +
      '<tr><td>PREV CLASS <a href="Segment.html">NEXT CLASS</a></td>' +
      '<td><a href="index.html" target="_top">FRAMES</a> ' +
      '<a href="Cone.html" target="_top">NO FRAMES</a></td></tr></table>' +
      `<a name="${fragment}"></a><h2>Class Cone</h2><p>A pyrometric cone that bends at a known temperature.</p>`;
    for (const [fragment, title] of [
      ['skip-navbar_top', 'Skip navigation links'],
      ['navbar-end', 'Navigationslinks überspringen'],
      ['fin-nav', 'Passer les liens de navigation'],
    ]) {
      const doc = parsePage(`<body>${bar(fragment, title)}</body>`);
      removeClutter(doc);
      expect(text(doc)).not.toContain('FRAMES');
      expect(text(doc)).not.toContain('Overview');
      expect(text(doc)).toContain('Class Cone');
      expect(text(doc)).toContain('bends at a known temperature');
    }
  });

  it('leaves a skip link to the content itself, and a skipped stretch that holds a heading or prose', () => {
    const main = parsePage(
      '<body><a href="#content">Skip to content</a>' +
        '<div class="menu"><a href="/a">Shop</a> <a href="/b">Blog</a></div>' +
        '<main id="content"><h1>Glazes</h1><p>How a glaze melts in the kiln.</p></main></body>',
    );
    removeClutter(main);
    expect(text(main)).toContain('How a glaze melts in the kiln.');
    const headed = parsePage(
      '<body><a href="#skip-intro" title="Skip navigation"></a><h2>Firing</h2><p>Fire slowly at first.</p>' +
        '<a name="skip-intro"></a><p>Then faster.</p></body>',
    );
    removeClutter(headed);
    expect(text(headed)).toContain('Firing');
    expect(text(headed)).toContain('Fire slowly at first.');
    const backwards = parsePage(
      '<body><a name="skip-top"></a><ul><li><a href="/a">Overview</a></li><li><a href="/b">Tree</a></li></ul>' +
        '<a href="#skip-top" title="Skip navigation"></a><p>The text.</p></body>',
    );
    removeClutter(backwards);
    expect(text(backwards)).toContain('Overview');
  });
});

// With the bars gone, a class page's region no longer outweighed Readability's block by the bars' words, and the edge
// trimming of that block cut the class's one-line description as a kicker: it stands among short lines (the
// inheritance, "All Implemented Interfaces:", the declaration, "Author:") before the first line of prose, far down in
// the members' details. A real javadoc 8 class lost its "Class encapsulating the basic properties of a passphrase.".
describe("a reference's description among its declarations", () => {
  const PROSE =
    '<p>Returns the kiln the schedule was written for, so that a controller can refuse a schedule for ' +
    'another kiln.</p>';
  it('keeps a whole sentence before the first prose when the lines before it hold code', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<ul><li><a href="/Object.html">java.lang.Object</a></li><li>org.kilnworks.firing.Cone</li></ul>' +
      '<pre>public class Cone extends Object</pre>' +
      '<p>A pyrometric cone that bends at a known temperature.</p>' +
      '<dl><dt>Author:</dt><dd>Kilnworks</dd></dl><h3>Method Summary</h3>' +
      '<table><tr><td>int</td><td>bend()</td></tr></table>' +
      PROSE;
    root.insertAdjacentHTML('beforeend', PROSE.repeat(3));
    trimEdges(root);
    expect(root.textContent).toContain('A pyrometric cone that bends at a known temperature.');
  });

  it("still trims a kicker's sentence over an article without code", () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>Our weekly newsletter is sent every Friday morning.</p><h3>Kilns</h3><p><span>By A. Potter</span></p>' +
      PROSE;
    root.insertAdjacentHTML('beforeend', PROSE.repeat(3));
    trimEdges(root);
    expect(root.textContent).not.toContain('newsletter');
  });
});
