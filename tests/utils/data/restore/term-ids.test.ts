import { describe, expect, it } from 'vitest';
import { TermIds, TermNames } from '@/utils/data/restore/term-ids';

describe('TermIds and TermNames', () => {
  it('send each distinct term once and give back the same lists', () => {
    const ids = new TermIds();
    const names = new TermNames();
    const first = [['alpha', 'beta'], ['beta', 'gamma', 'alpha'], []];
    const sent = ids.encode(first);
    const fresh = ids.fresh();
    expect(fresh).toEqual({ first: 0, terms: ['alpha', 'beta', 'gamma'] });
    names.add(fresh);
    expect(sent.map((s) => names.decode(s))).toEqual(first);
    // A later message sends only the terms new since the last one.
    const second = [['gamma', 'delta'], ['alpha']];
    const more = ids.encode(second);
    expect(ids.fresh()).toEqual({ first: 3, terms: ['delta'] });
    names.add({ first: 3, terms: ['delta'] });
    expect(more.map((s) => names.decode(s))).toEqual(second);
  });

  it('puts every list of one call in one buffer (one transfer per message)', () => {
    const sent = new TermIds().encode([['a', 'b'], ['c'], ['a']]);
    expect(new Set(sent.map((s) => s.buffer)).size).toBe(1);
    expect(sent.map((s) => [...s])).toEqual([[0, 1], [2], [0]]);
  });

  it('decodes every list of a term to the one string it holds', () => {
    const ids = new TermIds();
    const names = new TermNames();
    const sent = ids.encode([['word' + 'x'.repeat(20)], ['word' + 'x'.repeat(20)]]);
    names.add(structuredClone(ids.fresh()));
    const [[a], [b]] = sent.map((s) => names.decode(structuredClone(s)));
    expect(a).toBe(b);
  });

  it('refuses an id it was never sent', () => {
    const names = new TermNames();
    names.add({ first: 0, terms: ['a'] });
    expect(() => names.decode(new Uint32Array([0, 1]))).toThrow(/no term has the id 1/);
  });
});
