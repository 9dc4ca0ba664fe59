// AskBot's question pages (13 real pages of ask.openstack.org and askbot.org kept as a test suite's data, triaged in
// sessions 72 and 73): each question's and answer's header ("answered 2016-09-12 06:48:20 -0500", the writer's card:
// picture, name, karma "8851 ●21 ●60 ●97", website; an "updated …" card beside it) is the first box of `div.post-body`,
// the text's box, so the posts had no name and no date outside their text: no "name · date" header, and the cards
// stayed as each text's first lines (see headerInText). Under an answer with no comments the text's box is
// `div.post-content`, which holds the tools' line "edit flag offensive delete link more" (see toolsLineBoxes).
// Fixture page: tests/fixtures/pages/forum-askbot-user-cards.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { extractArticle } from '@/utils/extraction/extract-article';

const SLUG = 'forum-askbot-user-cards';
/** Each post's writer in page order: the question, its comment, two answers and the first answer's comment. */
const WRITERS = ['gravelgrinder', 'spokewrench', 'spokewrench', 'gravelgrinder', 'derailleur-dan'];

function thread(doc: Document) {
  const got = extractArticle(doc, PAGE_URL);
  const out = doc.createElement('div');
  out.innerHTML = got?.contentHtml ?? '';
  return { kind: got?.pageKind, out, posts: [...out.querySelectorAll('article')] };
}

describe('AskBot’s posts, the writer’s card first in the text’s box (forum-askbot-user-cards)', () => {
  it('prints each question’s and answer’s writer and date as its header, without the cards', () => {
    const { kind, out, posts } = thread(loadPage(SLUG));
    expect(kind).toBe('thread');
    expect(posts.map((p) => p.querySelector('header cite')?.textContent)).toEqual(WRITERS);
    expect(posts[0].querySelector('header time')?.textContent).toBe('2016-09-11 18:02:45 -0500');
    expect(posts[2].querySelector('header time')?.textContent).toBe('2016-09-12 06:48:20 -0500');
    const text = out.textContent ?? '';
    for (const line of ['asked', 'answered', 'updated', '8851', '●', 'spokewrench.example.org']) {
      expect(text).not.toContain(line);
    }
    expect(posts[0].textContent).toContain('On my commuter the chain jumps');
    expect(posts[4].textContent).toContain('Also look at the chainring');
  });

  it('leaves out the tools’ line under an answer with no comments', () => {
    const { posts } = thread(loadPage(SLUG));
    const last = (posts[4].textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(last).toMatch(/adjustable spanner\.$/);
    expect(last).not.toMatch(/\b(edit|flag offensive|delete|more)\b/);
  });

  it('finds the same headers with hashed class names', () => {
    const doc = loadPage(SLUG);
    perturbClasses(doc);
    const { kind, out, posts } = thread(doc);
    expect(kind).toBe('thread');
    expect(posts.map((p) => p.querySelector('header cite')?.textContent)).toEqual(WRITERS);
    const text = out.textContent ?? '';
    expect(text).not.toContain('answered');
    expect(text).not.toContain('8851');
    expect((posts[4].textContent ?? '').trim()).toMatch(/adjustable spanner\.$/);
  });
});
