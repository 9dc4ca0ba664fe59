// Session 71 (s71-service36): page builders print pricing tiers as a row of like columns (Oxygen's icon boxes: a
// label, a text block of feature lines, a "Learn More" link). Where a later tier's lines were long enough to read as
// prose, the edge trimming's lead took the first tier whole and the second one's label for kickers. trimEdges now
// keeps the lines of a row of three like columns or more that holds the first prose (likeColumns). Fixture
// tests/fixtures/pages/service-oxygen-pricing-tiers.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { trimEdges } from '@/utils/extraction/trim-edges';
import { likeColumns } from '@/utils/extraction/like-columns';

describe('a row of like columns holding the first prose (likeColumns in trimEdges)', () => {
  it('keeps every tier of an Oxygen pricing row, labels and feature lines, in order', () => {
    const text = offprintPage(loadPage('service-oxygen-pricing-tiers'))!.text;
    expect(text).toContain(
      'since 2014\nSTARTER\nBackup Service\nNightly copies of every computer\nThirty days kept\nSupport by mail\n' +
        'Basic encryption\nOFFICE\nBackup Service\nHourly copies',
    );
    expect(text).toContain('CAMPUS\nBackup Service\nCopies every ten minutes');
    expect(text).not.toMatch(/Learn More|TALK TO US|Mill Lane|All rights reserved/);
  });

  const short = ['Nightly copies', 'Thirty days kept', 'Support by mail', 'Basic encryption', 'One office'];
  const long = [
    'Hourly copies of every computer in the office',
    'Ninety days of copies kept in two towns',
    'Phone support on weekdays from eight to six',
  ];
  /** A tier: a label over its lines and, unless `link` is false, one "Learn More" link. */
  const tier = (label: string, lines: string[], link = true) =>
    `<div><h4>${label}</h4><p>${lines.join('<br>')}</p>${link ? '<a href="/contact">Learn More</a>' : ''}</div>`;

  /**
   * The labels and lines left after trimEdges in the row `cols` (each a column's markup) followed by the last tier,
   * whose lines are the first prose, on a page that declares no article or product (`contacts`) unless `declared`.
   */
  const kept = (cols: string[], declared = false) => {
    const root = parsePage(`<div id="root"><div id="row">${cols.join('')}</div></div>`).getElementById('root')!;
    trimEdges(root, undefined, undefined, !declared);
    return [...root.querySelectorAll('#row h4, #row p')].map((el) => el.textContent).join(' | ');
  };
  const last = tier('CAMPUS', long);

  it('keeps the earlier tiers and labels of a row of three like columns or more', () => {
    expect(kept([tier('STARTER', short), tier('OFFICE', short), last])).toMatch(/^STARTER \| Nightly.*OFFICE \| /);
    expect(
      kept([tier('STARTER', short, false), tier('OFFICE', short.slice(0, 2), false), tier('CAMPUS', long, false)]),
    ).toMatch(/^STARTER \| Nightly.*OFFICE \| Nightly copies/);
  });

  it("keeps an accordion's first question over its answer, the first prose (Weebly's FAQ items)", () => {
    const answer =
      'We fit each piece by hand in our studio, match it to your own colour and cut it in over two visits, ' +
      'a week apart.';
    const item = (q: string) =>
      `<div><div><span><div>${q}</div></span></div><div><div><div>${answer}</div></div></div></div>`;
    const root = parsePage(
      `<div id="root"><div id="faq">${item('What do you offer?')}${item('How long does it last?')}` +
        `${item('Where are you?')}</div></div>`,
    ).getElementById('root')!;
    trimEdges(root, undefined, undefined, true);
    expect(root.textContent).toMatch(/^What do you offer\?We fit/);
  });

  it("leaves a declared article's lead, two columns, unlike columns and linked cards as they were", () => {
    // Without the rule the labels before the first prose go (a declared article's lead is read so).
    expect(kept([tier('STARTER', short), tier('OFFICE', short), last], true)).not.toMatch(/STARTER|OFFICE/);
    const asBefore = (cols: string[]) => {
      expect(kept(cols)).toBe(kept(cols, true));
      expect(kept(cols)).not.toMatch(/STARTER/);
    };
    asBefore([tier('STARTER', short), last]);
    // A promotion's box, a quote and an address side by side: boxes of unlike parts.
    asBefore([
      `<div><div><h4>STARTER</h4><div><p>${short.join('<br>')}</p></div></div><div><p>x</p></div></div>`,
      tier('OFFICE', short),
      last,
    ]);
    // Related posts: each card's title a link to its post, a date, an excerpt; a column of two links is no tier.
    const post = (t: string) =>
      `<div><h4><a href="/p/${t.length}">${t}</a></h4><p>${short.join('<br>')}</p><a href="/more">Learn More</a></div>`;
    asBefore([post('STARTER'), post('OFFICE'), last]);
  });

  it('reads the nearest box of unlike parts among like siblings, and no row of boxes of paragraphs', () => {
    const doc = parsePage(
      `<div id="root"><div id="row">${tier('A', short)}${tier('B', short)}${tier('C', long)}</div>` +
        `<div id="paras"><div><p>one</p></div><div><p>two</p></div><div><p id="prose">three</p></div></div>` +
        // A kicker's box, the intro's two paragraphs, a closing box (Tilda's text blocks): one part each, read alike.
        `<div id="intro"><div><p>Lindner · Memmingen</p></div><div><p id="intro-prose">four</p><p>five</p></div>` +
        `<div><p>six</p></div></div></div>`,
    );
    const root = doc.getElementById('root')!;
    const prose = doc.querySelector('#row > div:last-child p')!;
    expect(likeColumns(prose, root).map((c) => c.querySelector('h4')!.textContent)).toEqual(['A', 'B', 'C']);
    expect(likeColumns(doc.getElementById('prose')!, root)).toEqual([]);
    expect(likeColumns(doc.getElementById('intro-prose')!, root)).toEqual([]);
  });
});
