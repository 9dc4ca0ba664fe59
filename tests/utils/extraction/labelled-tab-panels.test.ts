// @vitest-environment jsdom
// Session 55: a tab set known by the other half of ARIA's tab pattern (docs-labelled-tabs, a quickstart of CSS-in-JS
// class names: `<span>` tabs with `aria-selected` and no `aria-controls`, each panel `hidden` and naming its tab in
// `aria-labelledby`). With its roles gone (the landmarks probe drops every role, as markup that never wrote them), no
// control of the page names the panels, and each hidden panel's longest line is a note every language repeats: the
// panels went, and with them the steps of every language but the first. The panels are now known by their labels, and
// a tab set's shared lines are no repeat of the page.
import { describe, expect, it } from 'vitest';
import { repeatsPage, tabSetPanels } from '@/utils/extraction/folded-panel';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const STEPS = [
  'Install Python 3.10 or later',
  'Install Node.js 20 or a later long-term release',
  'Install the .NET 8 software development kit',
  'Save the following lines as send.py',
  'Save the following lines as send.js',
  'Replace the contents of Program.cs',
  'The promise resolves once the API has queued the message',
];

describe('a tab set whose panels name their tabs (docs-labelled-tabs)', () => {
  it('is lost by vanilla Readability (the panels are hidden)', () => {
    const text = readabilityText(loadPage('docs-labelled-tabs'));
    expect(text).toContain('Install Python 3.10 or later');
    expect(text).not.toContain('Install Node.js 20 or a later long-term release');
  });

  for (const [probe, apply] of [
    ['normal', (d: Document) => d],
    ['without roles or landmarks', (d: Document) => (perturbLandmarks(d), d)],
    [
      'with hashed ids and classes, without roles or landmarks',
      (d: Document) => (perturbClasses(d), perturbLandmarks(d), d),
    ],
  ] as const) {
    it(`keeps every language's steps, ${probe}`, () => {
      const text = offprintPage(apply(loadPage('docs-labelled-tabs')))?.text ?? '';
      for (const s of STEPS) expect(text).toContain(s);
      expect(text).toContain('Where to go next');
      expect(text).not.toMatch(/All rights reserved|Was this page helpful/);
    });
  }

  const hiddenOf = (doc: Document) => Array.from(doc.querySelectorAll('[hidden], [aria-hidden="true"]'));
  const panels = (body: string) => {
    const doc = parsePage(`<body>${body}</body>`);
    return [...tabSetPanels(doc, hiddenOf(doc))].map((p) => p.id);
  };
  const tabs = '<span id="t1" aria-selected="true">One</span><span id="t 2" aria-selected="false">Two</span>';

  it('reads the labels of side-by-side panels, one shown, an id with spaces too', () => {
    expect(
      panels(
        `${tabs}<div><div id="a" aria-labelledby="t1">One</div>` +
          '<div id="b" aria-labelledby="t 2" hidden>Two</div></div>',
      ),
    ).toEqual(['b']);
    // Labelled by a heading inside itself: a section, not a tab's panel.
    expect(
      panels(
        '<div><div id="a" aria-labelledby="h1"><h2 id="h1">A</h2></div>' +
          '<div id="b" aria-labelledby="h2" hidden><h2 id="h2">B</h2></div></div>',
      ),
    ).toEqual([]);
    // Labelled by the gallery's heading outside them, not by tabs: a carousel's slides.
    expect(
      panels(
        '<h2 id="g">Colours</h2><div><div id="a" aria-labelledby="g">One</div>' +
          '<div id="b" aria-labelledby="g" hidden>Two</div></div>',
      ),
    ).toEqual([]);
    // All hidden, or labelled by nothing on the page.
    expect(
      panels(
        `${tabs}<div><div id="a" aria-labelledby="t1" hidden>One</div>` +
          '<div id="b" aria-labelledby="t 2" hidden>Two</div></div>',
      ),
    ).toEqual([]);
    expect(
      panels('<div><div id="a" aria-labelledby="x">One</div><div id="b" aria-labelledby="y" hidden>Two</div></div>'),
    ).toEqual([]);
  });

  it("reads a panel's own longest line, not one its set's panels share", () => {
    const note = 'Move the key into an environment variable before you deploy anything at all.';
    const doc = parsePage(
      `<body><div id="set"><div id="a"><p>${note}</p><p>Install the first runtime from its download page.</p></div>` +
        `<div id="b" hidden><p>${note}</p>` +
        '<p>Install the second runtime with the package manager.</p></div></div></body>',
    );
    const page = () => doc.body.textContent ?? '';
    const b = doc.getElementById('b')!;
    expect(repeatsPage(b, page)).toBe(true); // the shared note, read alone, repeats
    expect(repeatsPage(b, page, doc.getElementById('set')!.textContent ?? '')).toBe(false);
    // A line of its own that the page shows elsewhere still repeats it.
    doc.body.insertAdjacentHTML('beforeend', '<p>Install the second runtime with the package manager.</p>');
    expect(repeatsPage(b, page, doc.getElementById('set')!.textContent ?? '')).toBe(true);
  });
});
