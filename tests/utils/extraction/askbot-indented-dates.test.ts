// AskBot's question pages (seen on 13 real pages of ask.openstack.org and askbot.org kept as a test suite's data,
// session 72): a Django template indents every line, so a post's date, `<abbr class="timeago">` alone on its line
// between the template's spaces, was a text of over 80 characters and no date: no post had one, and the thread pass
// found no posts (the page was Readability's block or the region, the question alone on one page). A date line is
// measured without the spaces around it. The question's comments sit in a `div.comments` inside the question's box,
// a class word like a text's and longer than the question: a box that holds a post nested in the post is the post's
// text only when no other is. Fixture page: tests/fixtures/pages/forum-askbot-indented-dates.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { extractArticle } from '@/utils/extraction/extract-article';

const QUESTION = 'I am away for three weeks next month';
const ANSWERS = ['Three weeks in the fridge is fine', 'As a backup, smear a spoonful'];
const COMMENTERS = ['crumbcoat', 'wheatfield', 'loafpan'];
/** Each post's writer in page order (the question's and the answers' read from their cards since session 73). */
const WRITERS = ['wheatfield', 'crumbcoat', 'wheatfield', 'crumbcoat', 'loafpan', 'proofbox'];

function thread(doc: Document) {
  const got = extractArticle(doc, PAGE_URL);
  const out = doc.createElement('div');
  out.innerHTML = got?.contentHtml ?? '';
  return { kind: got?.pageKind, out, posts: [...out.querySelectorAll('article')] };
}

describe('AskBot’s question page, its dates indented by the template (forum-askbot-indented-dates)', () => {
  it('finds the question, its comments and the answers as posts', () => {
    const { kind, out, posts } = thread(loadPage('forum-askbot-indented-dates'));
    expect(kind).toBe('thread');
    const writers = posts.map((p) => p.querySelector('header cite')?.textContent);
    expect(writers).toEqual(WRITERS);
    const text = out.textContent ?? '';
    for (const answer of ANSWERS) expect(text).toContain(answer);
    // The site's footer is no post.
    expect(text).not.toContain('Askbot version');
  });

  it('prints the question’s own text first, not its box of comments in its place', () => {
    const { posts } = thread(loadPage('forum-askbot-indented-dates'));
    expect(posts[0].textContent).toContain(QUESTION);
    expect(posts[0].textContent).not.toContain('How much flour is in it now?');
    expect(posts[1].querySelector('header cite')?.textContent).toBe('crumbcoat');
  });

  it('finds the same posts with hashed class names', () => {
    const doc = loadPage('forum-askbot-indented-dates');
    perturbClasses(doc);
    const { kind, out, posts } = thread(doc);
    expect(kind).toBe('thread');
    const writers = posts.map((p) => p.querySelector('header cite')?.textContent);
    for (const name of COMMENTERS) expect(writers).toContain(name);
    const text = out.textContent ?? '';
    expect(text).toContain(QUESTION);
    for (const answer of ANSWERS) expect(text).toContain(answer);
  });
});
