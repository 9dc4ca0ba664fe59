// Posts headed by a plain line that prints the writer's name and a dated clock time, with no member's mark (no profile
// link, no author class word, no `<time>`), are a thread: static mirrors and archives generated from a board print
// posts so (gbadev's mirror of a phpBB 2 board: `div.post` > `h4` "#81346 - Crs - Fri Apr 28, 2006 4:23 pm" and
// `div.postbody`; seen on eight real threads, session 71). The census counts such headings (datedHeadings) so that the
// thread pass runs, and the post survey counts such a first line as the post's author (headerAuthored). Read by the
// line's shape, not by a class name: the same with hashed class names. Fixture page:
// tests/fixtures/pages/forum-static-mirror-plain-headers.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { extractArticle } from '@/utils/extraction/extract-article';
import { namedDateLine } from '@/utils/extraction/dated-name-line';

const WRITERS = ['marrowfat', 'Quillon', 'marrowfat', 'brasswren'];

function posts(doc: Document) {
  const got = extractArticle(doc, PAGE_URL);
  const out = doc.createElement('div');
  out.innerHTML = got?.contentHtml ?? '';
  return { kind: got?.pageKind, out, posts: [...out.querySelectorAll('article')] };
}

describe('posts headed by a plain name and date line (forum-static-mirror-plain-headers)', () => {
  it('prints the four posts under "name · date", without the header lines and the signatures', () => {
    const { kind, out, posts: found } = posts(loadPage('forum-static-mirror-plain-headers'));
    expect(kind).toBe('thread');
    expect(found.map((p) => p.querySelector('header cite')?.textContent)).toEqual(WRITERS);
    expect(found[0].querySelector('header time')?.textContent).toBe('Tue Mar 11, 2003 9:14 pm');
    expect(out.textContent).not.toContain('#4410');
    expect(out.textContent).not.toContain('still in beta');
    expect(out.textContent).not.toContain('read-only copy');
  });

  it('finds the same posts with hashed class names', () => {
    const doc = loadPage('forum-static-mirror-plain-headers');
    perturbClasses(doc);
    const { kind, posts: found } = posts(doc);
    expect(kind).toBe('thread');
    expect(found.map((p) => p.querySelector('header cite')?.textContent)).toEqual(WRITERS);
  });

  it('reads a name and a dated clock time, and nothing else, as such a line', () => {
    const line = (html: string) => {
      const el = loadPage('forum-static-mirror-plain-headers').createElement('h4');
      el.innerHTML = html;
      return namedDateLine(el);
    };
    expect(line('#81346 - Crs - Fri Apr 28, 2006 4:23 pm')).toEqual({ name: 'Crs', date: 'Fri Apr 28, 2006 4:23 pm' });
    expect(line('<span>Danell</span> <span>2008-10-27 19:06 UTC</span>')).toEqual({
      name: 'Danell',
      date: '2008-10-27 19:06 UTC',
    });
    // A name that opens with a month's or a weekday's letters is a name.
    expect(line('Saturnine | Mar 3, 2004 10:15')?.name).toBe('Saturnine');
    // A changelog's or a news list's heading prints a day without a clock; a date alone names no one.
    expect(line('Version 2.1 - March 3, 2004')).toBeNull();
    expect(line('Tue Mar 11, 2003 9:14 pm')).toBeNull();
    expect(line('#4410 - Tue Mar 11, 2003 9:14 pm')).toBeNull();
    // A long line is a sentence, not a header.
    expect(line(`Posted by someone who wrote a great deal here - Tue Mar 11, 2003 9:14 pm and more`)).toBeNull();
  });
});
