// @vitest-environment jsdom
// A line whose words name a call to action (newsletter, subscribe, sign up) is one only when it acts like one:
// a box outside the article's flow of paragraphs, or a plug among them (bold as a whole, a link or button that
// names the action). Sentences of the prose about newsletters and subscribers stay.
// Fixture page: tests/fixtures/pages/article-newsletter-prose.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { isCallToAction } from '@/utils/extraction/call-to-action';
import { measureText } from '@/utils/extraction/clutter-guard';

const URL_ = 'http://fakehost/test/page.html';
const SOURCE = fs.readFileSync('tests/fixtures/pages/article-newsletter-prose/source.html', 'utf8');
const load = (html: string) => new JSDOM(html, { url: URL_ }).window.document;

describe('an article about writing a newsletter (article-newsletter-prose)', () => {
  const doc = load(SOURCE);
  const core = extractArticle(doc, URL_)!;
  const text = articleText(core.contentHtml, doc).textContent;
  it('keeps the sentences, list items and heading that mention newsletters and subscribers', () => {
    expect(text).toContain('Twelve people signed up for my newsletter in the first month.');
    expect(text).toContain('What my subscribers actually read');
    expect(text).toContain('About a third of new subscribers came from one forwarded issue.');
    expect(text).toContain('Nobody ever unsubscribed after a long essay.');
  });
  it('drops the plugs: a bold line between paragraphs and a box with its button', () => {
    expect(text).not.toMatch(/Subscribe to get the next issue|Enjoying these notes|Subscribe now/);
  });
});

describe('isCallToAction', () => {
  const prose = `<p>${'A paragraph of the article that runs on for a good while, as prose does. '.repeat(3)}</p>`;
  const first = (html: string) => {
    const d = load(`<body><div>${html}</div></body>`);
    measureText(d.body);
    return d.querySelector('[data-line]')!;
  };
  const check = (html: string) => {
    const el = first(html);
    return isCallToAction(el, (el.textContent ?? '').trim());
  };
  it('is true for a line of its own outside the flow of paragraphs (a sign-up band, a widget)', () => {
    expect(check('<div class="band"><p data-line>Get our newsletter every morning.</p><a href="/s">Go</a></div>')).toBe(
      true,
    );
  });
  it('is true among paragraphs for a plug: bold as a whole, or a short link naming the action', () => {
    expect(check(`${prose}<p data-line><em>Sign up for our newsletter.</em></p>${prose}`)).toBe(true);
    expect(check(`${prose}<p data-line>Like this? <a href="/s">Subscribe here</a></p>${prose}`)).toBe(true);
    const more = 'Want more from us? <a href="/s">Sign up for our newsletter</a>, The Week, and shop smarter.';
    expect(check(`${prose}<p data-line>${more}</p>${prose}`)).toBe(true);
  });
  it('is false among paragraphs for a sentence, a list item or a heading about newsletters', () => {
    expect(check(`${prose}<p data-line>I started my newsletter in May.</p>${prose}`)).toBe(false);
    expect(check(`${prose}<ul><li data-line>Half of my subscribers read it.</li></ul>${prose}`)).toBe(false);
    expect(check(`${prose}<h2 data-line><strong>Why newsletters last</strong></h2>${prose}`)).toBe(false);
    const linked =
      '<p data-line>Substack has <a href="/x">35 million subscriptions</a>, ' +
      'five million of them paid, and the number still grows.</p>';
    expect(check(`${prose}${linked}${prose}`)).toBe(false);
  });
  it('is true for a line that opens with the action, and for the action’s own link at the end of a sentence', () => {
    const join =
      '<p data-line>Join our mailing list! Get a newsletter when an episode is out, <a href="/j">here</a>.</p>';
    expect(check(`${prose}${join}${prose}`)).toBe(true);
    const end =
      '<p>Get the weekly Insider email for news you cannot find elsewhere. ' +
      '<a data-line href="/s">Subscribe here</a>.</p>';
    expect(check(`${prose}${end}${prose}`)).toBe(true);
    expect(check(`${prose}<p data-line>Subscribers keep joining, and the newsletter grows.</p>${prose}`)).toBe(false);
  });
  it('is false for words of a sentence (a link inside a paragraph)', () => {
    const p = '<p>Publishers are <a data-line href="/x">doubling down on newsletters</a> as their hedge this year.</p>';
    expect(check(`${prose}${p}${prose}`)).toBe(false);
  });
});
