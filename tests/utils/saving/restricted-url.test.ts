import { describe, expect, it } from 'vitest';
import { restrictedReason } from '@/utils/saving/restricted-url';

describe('restrictedReason', () => {
  it.each([
    ['chrome://extensions', /Browser pages/],
    ['about:blank', /Browser pages/],
    ['chrome-extension://abc/popup.html', /Browser pages/],
    ['https://chromewebstore.google.com/detail/abc', /store/],
    ['https://chrome.google.com/webstore/detail/abc', /store/],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', /store/],
    ['https://example.com/report.PDF', /PDF/],
    ['file:///home/me/a.html', /file/i],
    ['ftp://example.com/x', /Only web pages/],
    [undefined, /cannot see this tab/],
  ])('refuses %s with a reason', (url, reason) => {
    expect(restrictedReason(url)).toMatch(reason);
  });
  it('allows ordinary web pages', () => {
    expect(restrictedReason('https://example.com/news/a')).toBeNull();
    expect(restrictedReason('http://127.0.0.1:8080/pages/x/')).toBeNull();
  });
});
