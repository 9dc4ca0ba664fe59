// Links to the previous and the next topic printed inside a post's text (found on a real Drupal 6 forum's static
// archive): Drupal's forum module prints `div.forum-topic-navigation` ("‹ <previous topic>", "<next topic> ›") as the
// last box of the opening post's `div.content`. Fixture page: tests/fixtures/pages/forum-drupal-topic-steps.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage, parsePage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { stepPairBoxes } from '@/utils/extraction/step-pair';

const SLUG = 'forum-drupal-topic-steps';

/** `html` as a post's text box. */
const text = (html: string) => parsePage(`<div class="content">${html}</div>`).querySelector('div.content')!;

describe('links to the previous and the next topic inside a post’s text (forum-drupal-topic-steps)', () => {
  it('keeps every post with its writer and time, without the other topics’ titles', () => {
    const got = extractArticle(loadPage(SLUG), PAGE_URL);
    const out = parsePage(`<div>${got?.contentHtml ?? ''}</div>`);
    const heads = [...out.querySelectorAll('article > header cite')].map((c) => c.textContent);
    expect(heads).toEqual(['quietfern', 'brass_owl', 'quietfern', 'brass_owl']);
    const kept = out.body.textContent ?? '';
    expect(kept).toContain('I have reset the unit twice.');
    for (const other of ['Rain sensor wiring', 'Which hose fittings', 'Active forum topics'])
      expect(kept).not.toContain(other);
  });

  it('finds the pair’s box, each link alone in a box of its own or side by side', () => {
    const side = text(
      '<p>The valve stays shut.</p><div class="nav"><a href="/node/1">‹ Rain sensor wiring</a> ' +
        '<a href="/node/3">Hose fittings ›</a></div>',
    );
    expect(stepPairBoxes(side)).toEqual([side.querySelector('div.nav')]);
    const boxed = text(
      '<p>The valve stays shut.</p><nav><div><a href="/t/1">« Older topic</a></div> | ' +
        '<div><a href="/t/3">Newer topic »</a></div></nav>',
    );
    expect(stepPairBoxes(boxed)).toEqual([boxed.querySelector('nav')]);
  });

  it('takes no link of the post’s own sentences, no lone step, no pair beside words', () => {
    const sentence = text(
      '<p>See <a href="/node/1">« the old thread</a> and the <a href="/node/3">new one »</a> for the wiring.</p>',
    );
    expect(stepPairBoxes(sentence)).toEqual([]);
    expect(stepPairBoxes(text('<p>Fixed.</p><div><a href="/node/1">‹ Rain sensor wiring</a></div>'))).toEqual([]);
    const reversed = text('<p>Fixed.</p><div><a href="/n/3">Next ›</a> <a href="/n/1">‹ Previous</a></div>');
    expect(stepPairBoxes(reversed)).toEqual([]);
  });
});
