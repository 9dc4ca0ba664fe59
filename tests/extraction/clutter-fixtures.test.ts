// @vitest-environment jsdom
// One fixture per kind of clutter: vanilla Readability keeps it (so the fixture exercises a rule),
// Offprint drops it and keeps the article's first and last sentences.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';

const URL_ = 'http://fakehost/test/page.html';
/**
 * Cases where Readability's own cleaning (aside removal, link-dense blocks,
 * unlikely class names) drops the clutter too.
 */
const READABILITY_DROPS_TOO = new Set([
  'related-list',
  'editors-picks',
  'nav-account-menu',
  'share-bar',
  'cookie-banner',
  'short-article',
]);
/** slug → [rule it justifies, clutter, first words of the body, last words of the body]. */
const CASES: [string, string, string[], string, string][] = [
  [
    'newsletter-box',
    'removeSignupForms',
    ['Get the morning briefing', 'indicates required'],
    'The city council voted',
    'throughout the summer season.',
  ],
  [
    'related-list',
    'removeHeadedLists',
    ['Related stories', 'Urban hives'],
    'Researchers tracking wild bees',
    'matter even more.',
  ],
  ['more-news', 'removeHeadedLists', ['More news', 'Bus fares frozen'], 'The regional rail operator', 'often missed.'],
  [
    'editors-picks',
    'removeHeadedLists',
    ["Editors' Picks", 'Museum night returns'],
    'The central library reopened',
    'same period.',
  ],
  [
    'nav-account-menu',
    'removeChrome (landmarks)',
    ['My account', 'Waterfront'],
    'The city council voted',
    'throughout the summer season.',
  ],
  [
    'share-bar',
    'removeChrome (share bars)',
    ['Copy link', 'Follow us on'],
    'Researchers tracking wild bees',
    'matter even more.',
  ],
  [
    'ad-labels',
    'removeNotices',
    ['Advertisement', 'Continue reading below'],
    'The regional rail operator',
    'often missed.',
  ],
  [
    'gallery-counter',
    'removeNotices + captions',
    ['Image 1 of 9', '1 / 9'],
    'The central library reopened',
    'same period.',
  ],
  ['skip-links', 'removeChrome (skip links)', ['Skip to main content'], 'The regional rail operator', 'often missed.'],
  [
    'audio-notice',
    'removeNotices',
    ['Listen to this article', 'This audio is generated'],
    'Researchers tracking wild bees',
    'matter even more.',
  ],
  [
    'glued-caption',
    'htmlToText (captions)',
    ['treatmentCredit'],
    'The city council voted',
    'throughout the summer season.',
  ],
  ['cookie-banner', 'removeChrome (consent)', ['We use cookies'], 'The central library reopened', 'same period.'],
  [
    'promo-banner-caption',
    'removeLines (link lines)',
    ['Order the 2027 Harbour calendar'],
    'The city council voted',
    'throughout the summer season.',
  ],
  [
    'german-article',
    'removeNotices + removeHeadedLists (de)',
    ['Anzeige', 'Mehr zum Thema'],
    'Die Stadt hat am Dienstag',
    'stattfinden kann.',
  ],
  [
    'spanish-article',
    'removeSignupForms + removeHeadedLists (es)',
    ['Suscríbete', 'Noticias relacionadas'],
    'El ayuntamiento aprobó',
    'durante el verano.',
  ],
  [
    'ukrainian-article',
    'removeHeadedLists + removeSignupForms (uk)',
    ['Читайте також', 'Підписуйтесь'],
    'Міська рада у вівторок',
    'усе літо.',
  ],
  [
    'japanese-article',
    'removeNotices + removeHeadedLists (ja)',
    ['関連記事', '広告'],
    '市議会は火曜日',
    '工法を使う方針だ。',
  ],
  [
    'live-blog',
    'removeHeadedLists + share bars',
    ['Latest news', 'Ferry timetable changes'],
    'The plan passed by 21 votes',
    'spring storm season.',
  ],
  [
    'paywall-teaser',
    'removeLines (calls to action)',
    ['Subscribe to keep reading', 'Already a subscriber'],
    'The city council voted',
    'streets behind it.',
  ],
  ['short-article', 'removeChrome (share bars)', ['Share on Facebook'], 'The morning and afternoon ferries', 'at 7am.'],
  [
    'author-box',
    'removeAuthorBox',
    ['About the author', 'More by Ana Lopes'],
    'The central library reopened',
    'same period.',
  ],
  [
    'dateline-credits',
    'removeLines (datelines, credits, follow plugs)',
    ['PUBLISHED: 10:48', '(Image: GETTY)', 'Photo: Metro Transit', 'Follow Metro Transit News'],
    'The regional rail operator',
    'often missed.',
  ],
  [
    'read-more-lines',
    'removeLines (read-more lead-ins, agency credits, counters)',
    ['READ MORE', 'Urban hives', 'Reuters', 'Image 1 of', 'SEE ALSO'],
    'Researchers tracking wild bees',
    'matter even more.',
  ],
  [
    'picks-mid-block',
    'removeHeadedLists (heading inside a text block)',
    ["DON'T MISS", 'Ferry fares to rise'],
    'The harbour bridge will close',
    'before the end of February.',
  ],
  [
    'gallery-counter-spans',
    'removeLines (whitespace collapsed before matching)',
    ['Image 1 of'],
    'Overnight passenger trains',
    'cut in 2015.',
  ],
  [
    'inline-dateline',
    'leafBlocks (inline lines between blocks) + removeLines/trimEdges',
    ['Updated', 'November 18, 2026'],
    'The three reservoirs',
    'on December 3.',
  ],
  [
    'caption-box',
    'htmlToText (picture boxes)',
    ['Volunteers restored the main hall', 'The print room uses two presses'],
    'The old paper mill',
    'old loading bay.',
  ],
  [
    'lead-list',
    'trimEdges (a list opening the article stays, with its title)',
    ['Posted March 3, 2026', 'Print article', 'Order reprints'],
    "What's new in 3.2",
    'after the first screen appears.',
  ],
  [
    'hover-card',
    'removeHoverCards',
    ['Ana LopesAna Lopes', 'Transit bill clears committee'],
    'The state assembly postponed',
    'runs out.',
  ],
  [
    'url-lines',
    'removeLines (printed web addresses)',
    ['https://www.jornaldacidade.example', 'www.bibliotecas.example'],
    'A biblioteca central da cidade',
    'do mesmo período.',
  ],
];

const load = (slug: string) =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), { url: URL_ }).window.document;
const glued = (text: string) => text.replace(/\s+/g, ' ');

describe.each(CASES)('%s (%s)', (slug, _rule, clutter, first, last) => {
  it(
    READABILITY_DROPS_TOO.has(slug)
      ? 'is clutter vanilla Readability drops as well (regression guard)'
      : 'makes vanilla Readability keep some of the clutter',
    () => {
      const text = glued(new Readability(load(slug)).parse()?.textContent ?? '');
      expect(clutter.some((c) => text.includes(c))).toBe(!READABILITY_DROPS_TOO.has(slug));
    },
  );
  it('drops the clutter and keeps the body from first to last sentence', () => {
    const doc = load(slug);
    const text = articleText(extractArticle(doc, URL_)!.contentHtml, doc).textContent;
    for (const c of clutter) expect(glued(text)).not.toContain(c);
    expect(text.split('\n')[0].startsWith(first) || text.includes(`\n${first}`)).toBe(true);
    expect(text.trimEnd().endsWith(last)).toBe(true);
  });
});
