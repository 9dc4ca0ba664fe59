import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from '@/utils/storage/normalize-url';

describe('normalizeUrl', () => {
  it.each([
    ['https://Example.com/a?utm_source=tw&utm_medium=social', 'https://example.com/a'],
    ['https://example.com/a?id=3&fbclid=XYZ&gclid=1#comments', 'https://example.com/a?id=3'],
    ['https://example.com:443/a?b=2&a=1', 'https://example.com/a?b=2&a=1'],
    ['http://example.com/a?mc_cid=1&mc_eid=2&igshid=3', 'http://example.com/a'],
    ['https://example.com/path/', 'https://example.com/path/'],
  ])('%s → %s', (input, out) => {
    expect(normalizeUrl(input)).toBe(out);
  });

  it('leaves addresses that are not web pages alone', () => {
    expect(normalizeUrl('chrome://settings')).toBe('chrome://settings');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

describe('siteOf', () => {
  it('gives the host without www', () => {
    expect(siteOf('https://www.kyivindependent.com/x')).toBe('kyivindependent.com');
    expect(siteOf('nope')).toBe('');
  });
});
