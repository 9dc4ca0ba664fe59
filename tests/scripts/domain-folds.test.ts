// @vitest-environment node
// Domain folds (scripts/lib/domain-folds.ts): one site, one fold, on every machine.
import { describe, expect, it } from 'vitest';
import { FOLDS, HELD_OUT_FOLD, foldOf, siteOf } from '../../scripts/lib/domain-folds';

describe('siteOf', () => {
  it('keeps the registrable part of a host or URL', () => {
    expect(siteOf('https://forum.example.com/t/1')).toBe('example.com');
    expect(siteOf('www.example.org')).toBe('example.org');
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('https://www.abc.net.au/news')).toBe('abc.net.au');
    expect(siteOf('example.de')).toBe('example.de');
  });
});

describe('foldOf', () => {
  it('puts every page of a site in the same fold', () => {
    expect(foldOf('https://docs.example.com/a')).toBe(foldOf('https://www.example.com/b'));
  });
  it('is stable (FNV-1a of the site) and spreads sites over all folds', () => {
    const folds = new Set(Array.from({ length: 200 }, (_, i) => foldOf(`site${i}.example`)));
    expect(folds.size).toBe(FOLDS);
    expect(HELD_OUT_FOLD).toBeLessThan(FOLDS);
    // Pinned values (FNV-1a computed in Python): a changed hash would silently move pages into the held-out fold.
    expect([foldOf('example.com'), foldOf('news.bbc.co.uk'), foldOf('github.com')]).toEqual([3, 3, 1]);
  });
});
