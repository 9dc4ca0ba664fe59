import { describe, expect, it } from 'vitest';
import { matchQuote, maxErrorsFor } from '@/utils/highlights/match-quote';
import { anchorHighlights } from '@/utils/highlights/anchor-highlights';
import { describePosition } from '@/utils/highlights/describe-range';
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import type { Highlight } from '@/utils/article';

const TEXT =
  'The harbour was quiet that morning. Fishing boats lay at anchor and the gulls were silent. ' +
  'Later, the harbour filled with noise as the ferry came in. ' +
  'By noon the market had opened and the harbour was quiet again, as if nothing had happened.';

const target = (text: string, quote: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  return describePosition(text, at, at + quote.length);
};

describe('matchQuote', () => {
  it('finds the quote at its stored position when the text there is unchanged', () => {
    const t = target(TEXT, 'the gulls were silent');
    expect(matchQuote(TEXT, t)).toMatchObject({ ...t.position, errors: 0, score: 1 });
  });

  it('finds the quote after text was inserted before it (the position moved)', () => {
    const t = target(TEXT, 'the ferry came in');
    const changed = 'A new first sentence was added here. ' + TEXT;
    const m = matchQuote(changed, t)!;
    expect(changed.slice(m.start, m.end)).toBe('the ferry came in');
  });

  it('picks the right one of several equal quotes by its context', () => {
    const first = target(TEXT, 'harbour was quiet', 0);
    const second = target(TEXT, 'harbour was quiet', 1);
    const shifted = 'Preface. ' + TEXT;
    const at = (t: typeof first) => matchQuote(shifted, { ...t, position: null })!.start;
    expect(at(first)).toBe(shifted.indexOf('harbour was quiet that'));
    expect(at(second)).toBe(shifted.indexOf('harbour was quiet again'));
  });

  it('finds a quote whose words changed a little (fuzzy), and says how many edits', () => {
    const t = target(TEXT, 'Fishing boats lay at anchor and the gulls were silent');
    const changed = TEXT.replace('Fishing boats lay', 'Fishing boats were lying');
    const m = matchQuote(changed, t)!;
    expect(m.errors).toBeGreaterThan(0);
    expect(changed.slice(m.start, m.end)).toMatch(/^Fishing boats were lying at anchor and the gulls were silent/);
  });

  it('does not match a quote that was rewritten beyond a quarter of its length', () => {
    const t = target(TEXT, 'Fishing boats lay at anchor');
    const changed = TEXT.replace('Fishing boats lay at anchor', 'Yachts drifted by the pier');
    expect(matchQuote(changed, t)).toBeNull();
  });

  it('allows no fuzziness for very short quotes', () => {
    expect(maxErrorsFor('abc')).toBe(0);
    expect(maxErrorsFor('a'.repeat(40))).toBe(10);
    expect(maxErrorsFor('a'.repeat(5000))).toBe(256);
    expect(matchQuote('the cat sat', { quote: 'cot', prefix: '', suffix: '', position: null })).toBeNull();
    expect(matchQuote('anything', { quote: '', prefix: '', suffix: '', position: null })).toBeNull();
  });
});

const hl = (text: string, quote: string, extra: Partial<Highlight> = {}) =>
  completeHighlight({ id: 1, articleId: 1, ...target(text, quote), ...extra });

describe('anchorHighlights', () => {
  it('only checks highlights already anchored against this body version (nothing to store)', () => {
    const h = hl(TEXT, 'the ferry came in', { anchor: { contentAt: 5, found: true } });
    expect(anchorHighlights(TEXT, [h], 5)).toEqual([{ highlight: h, position: h.position, update: null }]);
  });

  it('re-anchors after the body changed and stores the new position and context, keeping the quote', () => {
    const h = hl(TEXT, 'the ferry came in', { anchor: { contentAt: 5, found: true } });
    const changed = TEXT.replace('Later, ', 'Much later that day, ');
    const [a] = anchorHighlights(changed, [h], 6);
    expect(changed.slice(a.position!.start, a.position!.end)).toBe('the ferry came in');
    expect(a.update).toEqual({
      anchor: { contentAt: 6, found: true },
      position: a.position,
      prefix: changed.slice(a.position!.start - 32, a.position!.start),
      suffix: changed.slice(a.position!.end, a.position!.end + 32),
    });
  });

  it('keeps a highlight whose quote is gone as not found, and does not search again for that version', () => {
    const h = hl(TEXT, 'Fishing boats lay at anchor', { anchor: { contentAt: 5, found: true } });
    const changed = TEXT.replace('Fishing boats lay at anchor', 'Nothing of the kind');
    const [a] = anchorHighlights(changed, [h], 6);
    expect(a.position).toBeNull();
    expect(a.update).toEqual({ anchor: { contentAt: 6, found: false } });
    const again = anchorHighlights(changed, [{ ...h, ...a.update }], 6);
    expect(again[0]).toMatchObject({ position: null, update: null });
  });

  it('a fuzzy match is trusted on later opens of the same version (by the context stored with it)', () => {
    const h = hl(TEXT, 'Fishing boats lay at anchor and the gulls were silent', {
      anchor: { contentAt: 5, found: true },
    });
    const changed = TEXT.replace('boats lay', 'boats lie');
    const [a] = anchorHighlights(changed, [h], 6);
    expect(a.position).not.toBeNull();
    const stored = { ...h, ...a.update } as Highlight;
    expect(anchorHighlights(changed, [stored], 6)[0]).toMatchObject({ position: a.position, update: null });
  });

  it('anchors an imported quote (no context, no position) and leaves deleted highlights out', () => {
    const imported = completeHighlight({ id: 2, articleId: 1, quote: 'the market had opened' });
    const gone = { ...hl(TEXT, 'the ferry'), deleted: 1 as const };
    const out = anchorHighlights(TEXT, [imported, gone], 9);
    expect(out).toHaveLength(1);
    expect(TEXT.slice(out[0].position!.start, out[0].position!.end)).toBe('the market had opened');
    expect(out[0].update?.prefix).toBe(TEXT.slice(out[0].position!.start - 32, out[0].position!.start));
  });
});
