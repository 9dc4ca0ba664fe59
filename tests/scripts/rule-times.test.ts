// @vitest-environment node
// `bench:passes --rules` (scripts/lib/rule-times.ts): every clutter rule timed on a copy of the page, the page
// left as it was, and the table's rows slowest first with the change against the base tree.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ruleRows, timeRules } from '../../scripts/lib/rule-times';
import { removeClutter, CLUTTER_RULES } from '@/utils/extraction/remove-clutter';
import { pageCopy } from '@/utils/extraction/page-copy';
import { unwrapNoscript } from '@/utils/extraction/unwrap-noscript';

const mod = { removeClutter, CLUTTER_RULES, pageCopy, unwrapNoscript };
const page = `<body><nav><a href="/">Home</a><a href="/news">News</a></nav><main><h1>Title</h1>
  <p>A paragraph of the article that is long enough to count as prose for the rules.</p>
  <div class="newsletter"><h3>Subscribe to our newsletter</h3>
  <form><input type="email"><button>Sign up</button></form></div>
  </main><footer>© 2026 Example</footer></body>`;

describe('timeRules', () => {
  it('times every rule on a copy and leaves the page untouched', () => {
    const doc = new JSDOM(page, { url: 'https://example.com/a' }).window.document;
    const before = doc.body.innerHTML;
    const best = new Map<string, number>();
    timeRules(mod, doc, 2, best);
    expect([...best.keys()].sort()).toEqual(Object.keys(CLUTTER_RULES).sort());
    for (const us of best.values()) expect(us).toBeGreaterThanOrEqual(0);
    expect(doc.body.innerHTML).toBe(before);
    // A second page adds to the totals.
    const first = new Map(best);
    timeRules(mod, doc, 1, best);
    for (const [name, us] of best) expect(us).toBeGreaterThanOrEqual(first.get(name)!);
  });
});

describe('ruleRows', () => {
  it('lists rules slowest first, with the change against the base in ms', () => {
    const ours = new Map([
      ['fast', 1_000],
      ['slow', 12_500],
      ['fresh', 2_000],
    ]);
    const base = new Map([
      ['fast', 1_500],
      ['slow', 10_000],
      ['gone', 3_000],
    ]);
    expect(ruleRows(ours, base)).toEqual([
      '| slow | 12.5 | 10.0 | +2.5 |',
      '| fresh | 2.0 | – | – |',
      '| fast | 1.0 | 1.5 | -0.5 |',
      '| gone | – | 3.0 | – |',
    ]);
    expect(ruleRows(ours, null)[0]).toBe('| slow | 12.5 |');
  });
});
