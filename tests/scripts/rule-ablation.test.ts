// @vitest-environment node
// `bench:extract --ablate` and `--census` (scripts/lib/rule-ablation.ts, scripts/lib/rule-census.ts): named clutter
// rules made no-ops for extractArticle, the rules that changed a page found, and the census's tallies and flags.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ablateRules, ruleRecords, selectRules, watchRules, type Rules } from '../../scripts/lib/rule-ablation';
import { censusPage, censusTable, shownRow, tallyRules, type CensusRow } from '../../scripts/lib/rule-census';
import { CLUTTER_RULES, removeClutter } from '@/utils/extraction/remove-clutter';
import { extractArticle } from '@/utils/extraction/extract-article';
import { LATER_PASSES } from '@/utils/extraction/later-passes';
import { TIDY_STEPS } from '@/utils/extraction/tidy-article';
import type { Census } from '@/utils/extraction/page-census';

const page = `<body><nav><a href="/">Home</a><a href="/news">News</a></nav><main><h1>Title</h1>
  <p>A paragraph of the article that is long enough to count as prose for the rules, and then some more words.</p>
  <p id="marked">A marked paragraph that the test's own rule takes out of the page, when that rule runs at all.</p>
  <p>A third paragraph closes the article, as long as the others, so that the article is plainly the page.</p>
  <div class="newsletter"><h3>Subscribe to our newsletter</h3>
  <form><input type="email"><button>Sign up for the letter</button></form></div>
  </main><footer>© 2026 Example</footer></body>`;

const dom = () => new JSDOM(page, { url: 'https://example.com/a' }).window;
const text = (doc: Document) => extractArticle(doc, 'https://example.com/a')?.textContent ?? '';

/** Runs `fn` with a test rule in CLUTTER_RULES that removes `#marked` (the record extractArticle runs). */
function withMarkedRule(fn: () => void) {
  const rules = CLUTTER_RULES as Record<string, (c: Census) => void>;
  rules.dropMarked = (c) => c.landmarks[0]?.ownerDocument.getElementById('marked')?.remove();
  try {
    fn();
  } finally {
    delete rules.dropMarked;
  }
}

describe('ablateRules', () => {
  it('makes the named rules no-ops for extractArticle, and puts them back', () =>
    withMarkedRule(() => {
      const doc = dom().document;
      expect(text(doc)).not.toContain('marked paragraph');
      const restore = ablateRules(CLUTTER_RULES, ['dropMarked', 'removeSignupForms']);
      try {
        expect(text(doc)).toContain('marked paragraph');
      } finally {
        restore();
      }
      expect(text(doc)).not.toContain('marked paragraph');
    }));

  it('refuses a name that is no rule, and changes nothing then', () => {
    const before = { ...CLUTTER_RULES };
    expect(() => ablateRules(CLUTTER_RULES, ['removeChrome', 'removeEverything'])).toThrow(/removeEverything/);
    expect(CLUTTER_RULES).toEqual(before);
  });
});

describe('watchRules', () => {
  it('names the rules that changed the page, with the text they took out', () => {
    const win = dom();
    const rules = { ...CLUTTER_RULES };
    const watch = watchRules(rules, win.MutationObserver);
    removeClutter(win.document, rules);
    const acted = watch.take();
    watch.restore();
    expect(acted.get('removeSignupForms')?.chars).toBeGreaterThan(20);
    expect(acted.has('removeChrome')).toBe(true);
    expect(acted.has('removeConsentDialogs')).toBe(false);
    expect(watch.take().size).toBe(0);
    expect(rules).toEqual(CLUTTER_RULES);
  });
});

describe('censusPage', () => {
  it('scores the page once with every rule, then once without each acting rule', () =>
    withMarkedRule(() => {
      const win = dom();
      const scores: string[] = [];
      const score = () => {
        const t = text(win.document);
        scores.push(t);
        const f1 = t.includes('marked paragraph') ? 0.9 : 1;
        return { f1, precision: f1, recall: 1 };
      };
      const out = censusPage(CLUTTER_RULES, win.MutationObserver, score);
      expect(out.base.f1).toBe(1);
      expect(out.rules.dropMarked.without.f1).toBe(0.9);
      expect(out.rules.dropMarked.chars).toBeGreaterThan(50);
      expect(out.rules.removeChrome.without.f1).toBe(1);
      expect(scores.length).toBe(1 + Object.keys(out.rules).length);
      expect(text(win.document)).not.toContain('marked paragraph');
    }));
});

const row = (site: string, fold: number, base: number, without: Record<string, number>): CensusRow => ({
  id: `${site}-${base}`,
  site,
  type: 'forum',
  fold,
  base: { f1: base, precision: base, recall: base },
  rules: Object.fromEntries(
    Object.entries(without).map(([r, f1]) => [
      r,
      { records: 1, chars: 10, without: { f1, precision: f1, recall: f1 } },
    ]),
  ),
});

describe('tallyRules', () => {
  it('counts helped and hurt sites, and flags a gain on one site paid on several', () => {
    const rows = [
      row('a.com', 0, 0.9, { siteRule: 0.5, general: 0.8 }),
      row('b.com', 1, 0.8, { siteRule: 0.85, general: 0.7 }),
      row('c.com', 2, 0.7, { siteRule: 0.75 }),
      row('c.com', 2, 0.7, { siteRule: 0.7 }),
      row('d.org', 3, 0.6, { siteRule: 0.7, general: 0.5 }),
    ];
    const tallies = tallyRules(rows);
    const site = tallies.find((t) => t.rule === 'siteRule')!;
    const general = tallies.find((t) => t.rule === 'general')!;
    expect(site.pages).toBe(4);
    expect(site.sites).toBe(3);
    expect(site.helped).toEqual(['a.com']);
    expect(site.hurt.sort()).toEqual(['b.com', 'c.com']);
    expect(site.net).toBeCloseTo(0.3);
    expect(site.probeNet).toBeCloseTo(-0.1);
    expect(site.flags).toEqual(['narrow gain', 'fold 3 −']);
    expect(general.rule).toBe('general');
    expect(general.flags).toEqual([]);
    const table = censusTable(rows, ['article', 'forum']);
    expect(table).toContain('| siteRule | 4 | 3 | 1 | 2 | +0.300 |');
    expect(table).not.toContain('d.org');
  });

  it('writes a probe-fold row without its id, address or site', () => {
    expect(shownRow(row('d.org', 3, 0.6, {}))).not.toHaveProperty('id');
    expect(shownRow(row('d.org', 3, 0.6, {}))).not.toHaveProperty('site');
    expect(shownRow(row('a.com', 0, 0.6, {})).site).toBe('a.com');
  });
});

const records = ruleRecords({ CLUTTER_RULES, LATER_PASSES, TIDY_STEPS });

/**
 * Runs `fn` with the pass `name` of `record` (one extractArticle calls through) wrapped so that it also removes
 * `#marked` from the subtree it works in.
 */
function withMarkedPass(record: Rules, name: string, fn: () => void) {
  const pass = record[name];
  record[name] = (...args: unknown[]) => {
    const root = args.find((a): a is Element => !!a && typeof a === 'object' && 'querySelector' in a);
    root?.querySelector('#marked')?.remove();
    return pass(...args);
  };
  try {
    fn();
  } finally {
    record[name] = pass;
  }
}

describe('the later passes and the tidy steps', () => {
  for (const [group, record, name] of [
    ['later', LATER_PASSES, 'removeCrossSells'],
    ['tidy', TIDY_STEPS, 'removeAuthorBox'],
  ] as const)
    it(`are called through their record (${group}: ${name}), and --ablate makes one a no-op`, () =>
      withMarkedPass(record as Rules, name, () => {
        const doc = dom().document;
        expect(text(doc)).not.toContain('marked paragraph');
        const restore = ablateRules(Object.values(records), [name]);
        try {
          expect(text(doc)).toContain('marked paragraph');
        } finally {
          restore();
        }
        expect(text(doc)).not.toContain('marked paragraph');
      }));

  it('keeps the tidy pass whole when trimEdges is ablated (no lead image then)', () => {
    const restore = ablateRules(Object.values(records), ['trimEdges', 'removeLines']);
    try {
      expect(text(dom().document)).toContain('A third paragraph closes the article');
    } finally {
      restore();
    }
  });

  it('are watched by the census, limited to a group by --census-rules', () =>
    withMarkedPass(TIDY_STEPS as Rules, 'removeEmptyFolds', () => {
      const win = dom();
      const score = () => {
        const f1 = text(win.document).includes('marked paragraph') ? 0.9 : 1;
        return { f1, precision: f1, recall: 1 };
      };
      const tidy = censusPage(Object.values(records), win.MutationObserver, score, selectRules(records, 'tidy'));
      expect(tidy.rules.removeEmptyFolds.without.f1).toBe(0.9);
      expect(tidy.rules.removeEmptyFolds.chars).toBeGreaterThan(50);
      expect(Object.keys(tidy.rules).every((n) => Object.hasOwn(TIDY_STEPS, n))).toBe(true);
      const later = censusPage(Object.values(records), win.MutationObserver, score, selectRules(records, 'later'));
      expect(later.rules.removeEmptyFolds).toBeUndefined();
      expect(text(win.document)).not.toContain('marked paragraph');
    }));

  it('selects groups and names, and refuses an unknown word', () => {
    expect(selectRules(records, 'later').has('keepAdmonitions')).toBe(true);
    expect(selectRules(records, 'later').has('removeChrome')).toBe(false);
    expect([...selectRules(records, 'removeChrome,trimEdges')]).toEqual(['removeChrome', 'trimEdges']);
    expect(selectRules(records, 'all').size).toBe(
      Object.keys(CLUTTER_RULES).length + Object.keys(LATER_PASSES).length + Object.keys(TIDY_STEPS).length,
    );
    expect(() => selectRules(records, 'later,removeEverything')).toThrow(/removeEverything/);
  });

  it('share no name with each other or with the clutter rules', () => {
    const names = Object.values(records).flatMap((r) => Object.keys(r!));
    expect(new Set(names).size).toBe(names.length);
  });
});
