// A guest's notice inside a post is no part of it: XenForo 2 prints "To view the content, you need to sign in or
// register" in the post's text where a link or an attachment stands for members (seen on a real XenForo 2 board's
// threads read as a guest, session 69); the hide and link-lock add-ons of phpBB, vBulletin, MyBB and SMF print their
// own sentence. Read by the words alone, not a class name. Fixture page:
// tests/fixtures/pages/forum-xenforo-guest-notice.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage, parsePage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { isGuestNotice, markGuestNotices, removeGuestNotices } from '@/utils/extraction/guest-notice';

/** Marks the notices in a post's text, then removes them as a kept thread does. */
function drop(root: Element): void {
  markGuestNotices(root);
  removeGuestNotices(root);
}

/** A post's text: a line, the notice's box, a line after it. */
function post(notice: string): Element {
  return parsePage(
    `<div class="t">Here is the wiring chart I used: ${notice}<br><br>Check the relay before the elements.</div>`,
  ).querySelector('div.t')!;
}

describe('a guest’s notice inside a post (forum-xenforo-guest-notice)', () => {
  it('keeps each post, its author and its time, not the notices', () => {
    const doc = loadPage('forum-xenforo-guest-notice');
    const got = extractArticle(doc, PAGE_URL);
    expect(got?.pageKind).toBe('thread');
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    expect([...out.querySelectorAll('article > header cite')].map((c) => c.textContent)).toEqual([
      'wenlock',
      'marrowby',
      'wenlock',
    ]);
    const text = out.textContent ?? '';
    expect(text).toContain('Manual is here:');
    expect(text).toContain('Here is the wiring chart I used:');
    expect(text).toContain('It was the relay.');
    expect(text).not.toContain('To view the content');
    expect(text).not.toContain('sign in or register');
  });

  it('takes the notices of XenForo and of the hide and link-lock add-ons, in any box', () => {
    for (const notice of [
      '<div class="blockMessage blockMessage--important">To view the content, you need to sign in or register</div>',
      '<div><span>You must be registered and logged in to see this link.</span></div>',
      '<dl class="codebox"><dd>Please log in or register to view attachments</dd></dl>',
      '<div class="x9f2">You need to reply to view this content</div>',
      '<p>To view this link you must register</p>',
    ]) {
      const root = post(notice);
      drop(root);
      expect(root.textContent).toBe('Here is the wiring chart I used: Check the relay before the elements.');
    }
  });

  it('keeps the writer’s sentences about signing in, a notice with a picture, and a post that is the notice', () => {
    for (const line of [
      '<p>I had to register to see the link, then it worked.</p>',
      '<p>Please log in.</p>',
      '<p>You must be logged in to post a comment.</p>',
      '<div><img src="/lock.png" alt="">To view the content, you need to sign in or register</div>',
    ]) {
      const root = post(line);
      const before = root.textContent;
      drop(root);
      expect(root.textContent).toBe(before);
    }
    const only = parsePage('<div class="t"><div>To view the content, you need to sign in or register</div></div>');
    const box = only.querySelector('div.t')!;
    drop(box);
    expect(box.textContent).toBe('To view the content, you need to sign in or register');
    expect(isGuestNotice('To view the content, you need to sign in or register')).toBe(true);
    expect(isGuestNotice(`To view the content, you need to sign in or register ${'and more words '.repeat(12)}`)).toBe(
      false,
    );
  });
});
