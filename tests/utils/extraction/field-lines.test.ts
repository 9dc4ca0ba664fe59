// Session 71 (s71-service36): a portfolio's project page on Beaver Builder opens its rich-text module with the
// project's facts, each a bold label, a colon and its value ("Product Genre:", "Web Technology Tools:", "Role:"). The
// edge trimming's lead took them for kickers. trimEdges now keeps a run of three field lines or more before the first
// prose on a page that declares no article or product (inFieldRun). Fixture
// tests/fixtures/pages/service-beaver-builder-field-lines.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { trimEdges } from '@/utils/extraction/trim-edges';
import { inFieldRun, isFieldLine } from '@/utils/extraction/field-lines';

describe('a run of field lines before the first prose (inFieldRun in trimEdges)', () => {
  it("keeps a Beaver Builder project's facts above its text", () => {
    const text = offprintPage(loadPage('service-beaver-builder-field-lines'))!.text;
    expect(text).toMatch(
      /^Product Genre: Ordering site, menus for print\nWeb Technology Tools: WordPress, PHP, CSS, vanilla JavaScript\n/,
    );
    expect(text).toContain("Mara's Role: Developer and designer\nThe bakery had taken its orders");
    expect(text).not.toMatch(/Mara Lind Web Development|Contact/);
  });

  const prose =
    '<p>The bakery had taken its orders by phone for thirty years, and the owners wanted their customers to pick a ' +
    'loaf and a time to collect it without waiting on the line.</p>';
  const field = (label: string, value: string) => `<p><strong>${label}</strong>: ${value}</p>`;
  /** The lead's lines left after trimEdges on `lead` (markup) before the prose; `declared`: an article's page. */
  const kept = (lead: string, declared = false) => {
    const root = parsePage(`<div id="root"><div id="lead">${lead}</div>${prose.repeat(4)}</div>`).getElementById(
      'root',
    )!;
    trimEdges(root, undefined, undefined, !declared);
    return [...root.querySelectorAll('#lead p')].map((el) => el.textContent).join(' | ');
  };
  const three = field('Client', 'Harbour Bakery') + field('Tools', 'WordPress, PHP') + field('Role', 'Developer');

  it('keeps three field lines or more in a row', () => {
    expect(kept(three)).toBe('Client: Harbour Bakery | Tools: WordPress, PHP | Role: Developer');
    expect(kept(`<p><b>Date:</b> 4 May</p>${three}`)).toMatch(/^Date: 4 May \| Client/);
  });

  it("leaves two fields, a declared article's lead, linked and plain labels as they were", () => {
    expect(kept(field('By', 'Dana Reyes') + field('Posted', '4 May'))).toBe('');
    expect(kept(three, true)).toBe('');
    // A label that is a link (a category's "Filed under:"), or no label in bold: no field.
    const linked = three.replace('<strong>Tools</strong>', '<a href="/tools"><strong>Tools</strong></a>');
    expect(kept(linked)).toBe('');
    expect(kept(three.replace(/<\/?strong>/g, ''))).toBe('');
  });

  it('reads a field line as a bold label, a colon and a value', () => {
    const doc = parsePage(
      `<div>${field('Web Technology Tools', 'WordPress')}` +
        '<p><span><strong>Product Genre</strong>:</span><span> Ordering site</span></p>' +
        '<p><strong>Note</strong> this line has no colon</p><p><strong>Open</strong> daily: 9 to 5</p>' +
        `${field('A label far too long to be any field of a project page', 'x')}</div>`,
    );
    const lines = [...doc.querySelectorAll('p')];
    expect(lines.map(isFieldLine)).toEqual([true, true, false, false, false]);
    expect(inFieldRun(lines, 0, new Map())).toBe(false);
  });
});
