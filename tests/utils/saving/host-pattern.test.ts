import { describe, expect, it } from 'vitest';
import { hostPattern } from '@/utils/saving/host-pattern';

describe('hostPattern', () => {
  it('covers the scheme and host of a URL, without the port Firefox refuses in a pattern', () => {
    expect(hostPattern('http://127.0.0.1:8123/link/article?x=1#y')).toBe('http://127.0.0.1/*');
    expect(hostPattern('https://www.example.com/news/a.html')).toBe('https://www.example.com/*');
    expect(hostPattern('https://user:pw@[::1]:8443/')).toBe('https://[::1]/*');
  });
});
