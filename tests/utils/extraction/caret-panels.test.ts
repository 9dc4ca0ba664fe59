// @vitest-environment jsdom
// Session 55: panels a caret's control opens (docs-caret-panels, a manual page in the shape of a hand-written man-page
// site: "English ▾", "Topics ▾" and "Latest version ▾" links to `#` that name their panels by `data-panel-id`; style
// sheets hide the panels). removeDropdownMenus knew them by the class word `dropdown`: with hashed class names the
// other languages, the topic list and the versions with their dates stood above the manual's text. The caret at the
// end of the control's label says the box drops down, whatever its class words.
import { describe, expect, it } from 'vitest';
import { removeDropdownMenus } from '@/utils/extraction/dropdown-menu';
import { takeCensus } from '@/utils/extraction/page-census';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const CHROME = /English|Topics|Latest version|Deutsch|Localized versions|balance|2026-09-14|no changes/;

describe("panels a caret's control opens (docs-caret-panels)", () => {
  for (const [probe, apply] of [
    ['normal', (d: Document) => d],
    ['with hashed class names', (d: Document) => (perturbClasses(d), d)],
    ['with hashed class names and no landmarks', (d: Document) => (perturbClasses(d), perturbLandmarks(d), d)],
  ] as const) {
    it(`go with their controls, ${probe}`, () => {
      const text = offprintPage(apply(loadPage('docs-caret-panels')))?.text ?? '';
      expect(text).toContain('Joins the entries of <other> into <ledger>');
      expect(text).toContain('Rename the accounts of <other> by a rule');
      expect(text).not.toMatch(CHROME);
    });
  }

  const kept = (panel: string, label = 'Versions ▾', tag = 'a href="#"') => {
    const doc = parsePage(
      `<body><div><${tag} data-panel-id="p">${label}</${tag.split(' ')[0]}><div id="p">${panel}</div></div>` +
        '<h1>Merge</h1><p>Joins the entries of the other ledger into this one, in the order of their dates.</p></body>',
    );
    removeDropdownMenus(takeCensus(doc.body));
    return !!doc.getElementById('p');
  };
  const versions = '<ol><li><a href="/v/2">2.0</a> 2026-01-02</li><li><a href="/v/1">1.0</a> 2025-03-04</li></ol>';

  it('needs a caret at the end of a short label, and a panel without prose', () => {
    expect(kept(versions)).toBe(false);
    expect(kept(versions, 'Versionen ▼', 'button type="button"')).toBe(false);
    // No caret: a control of the page, not a box that drops down; nor a caret in a long label.
    expect(kept(versions, 'Versions')).toBe(true);
    expect(kept(versions, 'Every version of this manual since the first release ▾')).toBe(true);
    // A panel of prose: an answer the reader unfolds, not a menu.
    const answer =
      '<p>Every ledger keeps its own history, so a merge can always be undone by restoring the ledger from the copy ' +
      'that the merge writes next to it before it changes anything at all.</p>';
    expect(kept(answer, 'Undo ▾')).toBe(true);
  });
});
