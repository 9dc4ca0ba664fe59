// @vitest-environment jsdom
// A manual's notice that the page is one release of it, linking the same page in another release, is not its text
// (fixture docs-version-notice: a Sphinx page's "This document describes the current stable version…").
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeVersionNotices } from '@/utils/extraction/version-notice';

const NOTICE = 'describes the current stable version';

describe("a release notice before the manual's title (docs-version-notice)", () => {
  it('goes; a sentence of the text linking the same page in another release stays', () => {
    const text = offprintPage(loadPage('docs-version-notice'))?.text ?? '';
    expect(text).not.toContain(NOTICE);
    expect(text).toContain('Tidewater runs a job at fixed times');
    expect(text).toContain('the new catch-up option of the development version is not available');
  });

  const page = (notice: string, url = 'https://docs.example.org/en/stable/guide/jobs.html') =>
    parsePage(
      `<body><div id="n">${notice}</div><h1>Jobs</h1>` +
        `<p>${'A sentence of the manual about jobs. '.repeat(6)}</p></body>`,
      url,
    );

  it('needs a link to the same page in another release, before the title, speaking of a release', () => {
    const cases: [string, boolean][] = [
      ['<p>This page is for an old version. Read <a href="/en/latest/guide/jobs.html">the latest</a>.</p>', true],
      [
        '<p>Diese Dokumentation gilt für 5.6. Zur <a href="../../main/guide/jobs.html">Entwicklerfassung</a>.</p>',
        true,
      ],
      ['<p>This page is for an old version. Read <a href="/en/latest/guide/other.html">the latest</a>.</p>', false],
      ['<p>Our team is hiring this month: see <a href="/en/main/guide/jobs.html">the open posts</a> now.</p>', false],
      ['<p><a href="/en/5.5/guide/jobs.html">5.5</a></p>', false],
    ];
    for (const [notice, gone] of cases) {
      const doc = page(notice);
      removeVersionNotices(takeCensus(doc.body));
      expect(!doc.getElementById('n')?.querySelector('p'), notice).toBe(gone);
    }
  });
});
