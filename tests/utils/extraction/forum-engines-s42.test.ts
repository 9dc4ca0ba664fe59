// @vitest-environment jsdom
// Threads of session 42 (issue 15): boxes a framework's utility class hides are no post text.
// Fixture page: tests/fixtures/pages/forum-nodebb-topic-box.
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES } from '../../helpers/forum-thread';
import { loadPage, parsePage } from '../../helpers/extraction-pages';
import { threadElement } from '@/utils/extraction/extract-thread';
import { isClassHidden } from '@/utils/extraction/hiding-class';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe('a hiding utility class (isClassHidden)', () => {
  const hidden = (cls: string) => isClassHidden(parsePage(`<div class="${cls}">x</div>`).querySelector('div')!);

  it('reads Bootstrap’s, Tailwind’s, Bulma’s, Foundation’s and generic hiding words', () => {
    for (const cls of [
      'alert alert-warning d-flex hidden',
      'd-none',
      'hide',
      'is-hidden',
      'invisible',
      'sr-only',
      'visually-hidden',
      'show-for-sr',
      'uk-hidden',
      'd-none d-print-block',
    ])
      expect(hidden(cls), cls).toBe(true);
  });

  it('leaves a box shown from some width on, or hidden at one width only', () => {
    for (const cls of [
      'd-none d-md-block text-truncate',
      'hidden md:block',
      'hidden lg:inline-flex',
      'sr-only md:not-sr-only',
      'hidden-xs text-lowercase',
      'd-md-none',
      'md:hidden',
      'hidden-empty',
      'is-hidden-mobile',
      'overflow-hidden',
    ])
      expect(hidden(cls), cls).toBe(false);
  });
});

describe('NodeBB’s topic box typed as the opening post (forum-nodebb-topic-box)', () => {
  // NodeBB types the topic's box `DiscussionForumPosting` around its `Comment`s; inside it, before the posts, stand
  // the title and "This topic has been deleted…" (`div.alert … hidden`). Both were read as that post's text.
  it('prints no post for the box: neither the hidden notice nor the title alone', () => {
    const doc = loadPage('forum-nodebb-topic-box');
    removeClutter(doc);
    const box = doc.querySelector('[itemtype="https://schema.org/DiscussionForumPosting"]')!;
    const posts = [box, ...doc.querySelectorAll('li[component="post"]')];
    const out = threadElement(doc, posts);
    const text = out.textContent ?? '';
    expect(text).not.toMatch(/has been deleted|management privileges/);
    expect(out.querySelectorAll('article').length).toBe(4);
    expect(out.querySelector('article')!.textContent).toContain(QUESTION);
    for (const t of REPLIES) expect(text).toContain(t);
  });
});
