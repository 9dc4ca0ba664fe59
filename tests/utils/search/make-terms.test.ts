import { describe, expect, it } from 'vitest';
import { buildBulkArticle, bulkTermsInput, type BulkArticle } from '@/utils/storage/bulk-write-articles';
import { makeTerms } from '@/utils/search/make-terms';

const record = (url: string, title: string, text: string, note: string | null): BulkArticle => ({
  article: {
    url,
    originalUrl: url,
    canonicalUrl: null,
    kind: 'article',
    title,
    byline: 'Ana Ortiz',
    siteName: 'The Example Times',
    lang: null,
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    status: 'unread',
    favorite: 0,
    tags: [],
    progress: 0,
    savedAt: 1,
    updatedAt: 1,
  },
  content: { html: `<p>${text}</p>`, text, updatedAt: 1 },
  original: null,
  images: [],
  highlights: note
    ? [
        {
          gid: 'g1',
          quote: 'q',
          prefix: '',
          suffix: '',
          position: null,
          color: 'yellow',
          note,
          createdAt: 1,
          updatedAt: 1,
          deleted: 0,
          anchor: null,
        },
      ]
    : [],
});

describe('makeTerms (the terms worker’s work)', () => {
  it('gives the same row and terms as the builder makes on its own thread', () => {
    const records = [
      record('https://news.example.org/a', 'Glaciers retreat', 'Café owners in Zürich watched the glacier melt.', null),
      record('https://blog.example.jp/b', '東京の天気', '東京は今日晴れです。 Thai: สวัสดีครับ', 'my note on weather'),
      record('https://x.example/c', '', '', 'only a note'),
    ];
    for (const r of records) expect(buildBulkArticle(r, makeTerms(bulkTermsInput(r)))).toEqual(buildBulkArticle(r));
  });
});
