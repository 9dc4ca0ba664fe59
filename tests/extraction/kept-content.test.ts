// @vitest-environment jsdom
// What the article owns and must keep, whatever the clutter rules match: each case is a fixture folder
// under tests/fixtures/pages/ that vanilla Readability keeps whole too (so a loss would be ours).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';

const URL_ = 'http://fakehost/test/page.html';
/** slug → [what it guards, selectors that must match in the article HTML, lines the text must hold]. */
const CASES: [string, string, string[], string[]][] = [
  [
    'figure-before-heading',
    'trimEdges: a figure with a plain caption just before the closing section’s <h2> stays, with the heading',
    ['img[src$="wall-crane.jpg"]', 'img[src$="wall-breach.jpg"]', 'figcaption'],
    ['Key dates', 'October: first phase ends'],
  ],
  [
    'code-lines',
    'removeLines, trimEdges: short code blocks are never label, credit, call-to-action or address lines, and ' +
      'a heading that is its own permalink is not a link line',
    ['pre', 'h2'],
    [
      'Events',
      'ledger connect db',
      'image: postgres:18',
      'https://api.example.com/v1/',
      'events.subscribe(onChange)',
      'ledger status',
    ],
  ],
  [
    'charity-donate-link',
    'removeAppeals: a story about a charity’s appeal, linking to the charity’s donate page, is not the site’s pitch',
    ['a[href="https://harbourfoodbank.example/donate"]'],
    [
      '“We rely on readers like you and on every shop in town,” said its manager, Rosa Mendes. “Last winter our ' +
        'neighbours kept us going, and we need them again.”',
      'People can make a donation at the collection points in both supermarkets, or give online through the ' +
        'charity’s website.',
    ],
  ],
  [
    'listen-player',
    'removePlayers: an <audio> without a listen label (an interview in the story) is not a player widget',
    ['figure figcaption'],
    [
      'Local councils along the route have asked for a stop in the smaller towns, which the operator has promised to ' +
        'study before the timetable change in June.',
    ],
  ],
];

const load = (slug: string) =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), { url: URL_ }).window.document;

describe.each(CASES)('%s', (slug, _guards, selectors, lines) => {
  const html = (s: string) => new JSDOM(`<body>${s}</body>`).window.document.body;
  it('is kept whole by vanilla Readability', () => {
    const out = html(new Readability(load(slug)).parse()?.content ?? '');
    for (const sel of selectors) expect(out.querySelector(sel), sel).not.toBeNull();
  });
  it('is kept whole by Offprint, in the HTML and the text', () => {
    const doc = load(slug);
    const { contentHtml, textContent } = articleText(extractArticle(doc, URL_)!.contentHtml, doc);
    const out = html(contentHtml);
    for (const sel of selectors) expect(out.querySelector(sel), sel).not.toBeNull();
    for (const line of lines) expect(textContent.split('\n')).toContain(line);
  });
});
