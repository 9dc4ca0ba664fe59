// @vitest-environment node
// Long regular expressions written as shorter literals compile to the one expression they stand for.
import { describe, expect, it } from 'vitest';
import { joinRegExp } from '@/utils/lib/join-regexp';

describe('joinRegExp', () => {
  it('joins the parts with | between open and close, with the given flags only', () => {
    const re = joinRegExp('^\\s*(', [/read more|see also/, /weiterlesen|читайте также/u], ')\\s*:?$', 'iu');
    expect(re.source).toBe(/^\s*(read more|see also|weiterlesen|читайте также)\s*:?$/iu.source);
    expect(re.flags).toBe('iu');
    expect(re.test('  Read More:')).toBe(true);
    expect(re.test('ЧИТАЙТЕ ТАКЖЕ')).toBe(true);
    expect(re.test('read more of this')).toBe(false);
  });

  it('keeps escapes and classes as written in each literal', () => {
    const re = joinRegExp('', [/(?:\/|\b)pixel\.(?:gif|png)\b/, /facebook\.com\/tr|[\p{L}]{2}x/u], '', 'u');
    expect(re.test('https://a.example/img/pixel.gif')).toBe(true);
    expect(re.test('https://facebook.com/tr?id=1')).toBe(true);
    expect(re.test('facebookXcom/tr')).toBe(false);
    expect(re.test('éèx')).toBe(true);
  });
});
