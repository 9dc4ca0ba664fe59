// @vitest-environment jsdom
// A comment section's state and form lines ("Comments are closed.", "Leider sind keine Kommentare möglich.") are the
// page's machinery around the article: the tidy pass drops them as whole lines (COMMENT_STATE_TEXT).
// Fixture page: tests/fixtures/pages/comments-closed-line.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { COMMENT_STATE_TEXT } from '@/utils/extraction/clutter-text';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';

const URL_ = 'http://fakehost/test/page.html';

describe('COMMENT_STATE_TEXT', () => {
  it('matches a comment section’s state and form lines in several languages, whole lines only', () => {
    for (const line of [
      'Comments are closed.',
      'No comments yet',
      'Be the first to comment!',
      'Only registered users can comment and rate.',
      'Leave a Reply',
      'Leider sind keine Kommentare möglich.',
      'Bisher keine Kommentare',
      'Nur angemeldete Benutzer können kommentieren und bewerten.',
      'Les commentaires sont fermés.',
      'Aún no hay comentarios.',
      'Nessun commento',
      'Os comentários estão fechados.',
      'Reacties zijn gesloten.',
      'Brak komentarzy',
    ])
      expect(COMMENT_STATE_TEXT.test(line), line).toBe(true);
    for (const prose of [
      'Comments are closed on weekends, the council said, because moderators are not paid overtime.',
      'There are no comments from the ministry on the figures released on Tuesday.',
      'Keine Kommentare gab es vom Ministerium zu den Zahlen.',
    ])
      expect(COMMENT_STATE_TEXT.test(prose), prose).toBe(false);
  });

  it('leaves the fixture article without its comment section’s lines', () => {
    const html = fs.readFileSync('tests/fixtures/pages/comments-closed-line/source.html', 'utf8');
    const doc = new JSDOM(html, { url: URL_ }).window.document;
    const core = extractArticle(doc, URL_)!;
    const text = articleText(core.contentHtml, doc).textContent;
    expect(text).toContain('the ferry will run twice a day');
    expect(text).not.toMatch(/Kommentare möglich|Comments are closed/);
  });
});
