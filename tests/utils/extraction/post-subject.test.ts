// @vitest-environment jsdom
// A post's subject printed above its text ("Re: <the thread's title>", FluxBB's, Kunena's, phpBB's and Simple Machines'
// `<h3>`): where no class word names the post's text (hashed class names), the text's block holds the subject, which
// is no part of what the member wrote. Fixture page: tests/fixtures/pages/forum-hashed-post-subjects.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { subjectHeadings, threadTitles } from '@/utils/extraction/post-subject';
import { extractArticle } from '@/utils/extraction/extract-article';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';

const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-hashed-post-subjects/source.html', 'utf8');

const TITLE = 'Heizungspumpe brummt nach dem Tausch';

const parse = (body: string, title = `${TITLE} | Haustechnik | Werkstattforum`) =>
  new JSDOM(`<html><head><title>${title}</title></head><body>${body}</body></html>`).window.document;

const subjects = (doc: Document) => subjectHeadings(doc.body, threadTitles(doc)).map((h) => h.textContent);

describe('subjectHeadings', () => {
  it('reads the thread title as a subject, bare or after reply prefixes in several languages', () => {
    const doc = parse(
      `<h3>${TITLE}</h3><h3>AW: ${TITLE}</h3><h4>Re: AW: ${TITLE}</h4><h3>RE[2]: ${TITLE}</h3>` +
        `<h3>Odp: ${TITLE}</h3><h5>回复：${TITLE}</h5>`,
    );
    expect(subjects(doc)).toHaveLength(6);
  });

  it('reads the title the page prints in its <h1> when the <title> says something else', () => {
    const doc = parse(`<h1>${TITLE}</h1><div><h3>Re: ${TITLE}</h3><p>Text.</p></div>`, 'Thema 5812 – Forum');
    expect(subjects(doc)).toEqual([`Re: ${TITLE}`]);
  });

  it('keeps a heading of the post that is not the title, or holds more than it', () => {
    const doc = parse(
      `<h3>Druck und Stufe richtig einstellen</h3><h3>Re: ${TITLE} – gelöst</h3><h3>${TITLE} bei Fußbodenheizung</h3>`,
    );
    expect(subjects(doc)).toEqual([]);
  });

  it('keeps a short title (a post may be headed "Solved") and a heading inside a quote', () => {
    const short = parse('<h3>Re: Gelöst</h3>', 'Gelöst | Forum');
    expect(subjects(short)).toEqual([]);
    const quoted = parse(`<blockquote><h3>Re: ${TITLE}</h3><p>Zitat.</p></blockquote>`);
    expect(subjects(quoted)).toEqual([]);
  });

  it('does not read a part of the <title> that no separator ends', () => {
    const doc = parse('<h3>Re: Heizungspumpe brummt</h3>', 'Heizungspumpe brummtnach dem Tausch');
    expect(subjects(doc)).toEqual([]);
  });
});

describe('the fixture page, its class names hashed as the probe does', () => {
  it("leaves the posts' subjects out of their text and keeps a post's own heading", () => {
    const doc = new JSDOM(SOURCE, { url: 'https://forum.example.de/threads/5812/' }).window.document;
    perturbClasses(doc);
    const got = extractArticle(doc, 'https://forum.example.de/threads/5812/');
    const box = doc.createElement('div');
    box.innerHTML = got!.contentHtml;
    expect(box.querySelectorAll('article')).toHaveLength(5);
    const heads = Array.from(box.querySelectorAll('h3'), (h) => h.textContent?.trim());
    expect(heads).toEqual(['Druck und Stufe richtig einstellen']);
    expect(box.textContent).toContain('Luft im Pumpengehäuse');
    expect(box.textContent).not.toContain(`AW: ${TITLE}`);
  });
});
