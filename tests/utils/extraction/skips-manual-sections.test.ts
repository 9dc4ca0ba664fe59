// skipsManualSections (session 49): a manual's block that leaves out short sections between the sections it kept (a
// reference under hashed class names: Readability scores the long entries and skips a signature and a sentence) gives
// way to its region; an article's region, which adds its headline, byline and teasers around the block, does not.
import { describe, expect, it } from 'vitest';
import { skipsManualCode, skipsManualSections, skipsSections } from '@/utils/extraction/skipped-sections';

const LONG = (name: string) =>
  [
    `${name} middleware`,
    `class ${name}Middleware [source]`,
    `The ${name.toLowerCase()} middleware reads each request before the view sees it and may answer it at once, ` +
      'without calling the view, when the request asks for something it can serve from what it already holds.',
    'It keeps what it learns in the store the settings name, and forgets it after the time those settings allow, ' +
      'so that a change of the data reaches every visitor once that time has passed, and no later than that.',
    'Each of its settings has a default that suits a small site; a larger one will want to raise the limits and ' +
      'to give the store a place of its own, apart from the sessions and the other caches of the project.',
  ].join('\n');

const SHORT = (name: string) =>
  [
    `${name} middleware`,
    `class ${name}Middleware [source]`,
    `Enables ${name.toLowerCase()} support for every request the site answers. ` +
      `See the ${name.toLowerCase()} documentation for the settings it reads.`,
  ].join('\n');

const TITLE = 'Middleware\nThis document explains all middleware components that come with the framework.';

describe('skipsManualSections', () => {
  it("finds the short sections a manual's block skipped between its long ones", () => {
    const region = [
      TITLE,
      LONG('Cache'),
      SHORT('Locale'),
      SHORT('Message'),
      LONG('Security'),
      SHORT('Csrf'),
      SHORT('Session'),
      SHORT('Site'),
      LONG('Common'),
    ].join('\n');
    const block = [LONG('Cache'), LONG('Security'), LONG('Common')].join('\n');
    expect(skipsManualSections(region, block)).toBe(true);
    // A service page's bar (the region 1.5 times the block, a third of its words skipped) is not reached.
    expect(skipsSections(region, block)).toBe(false);
  });

  it('is false when the region adds only a title before the block and teasers after it', () => {
    const teasers = Array.from(
      { length: 6 },
      (_, i) => `Read next: a story about the ${i + 1}th middleware of the year`,
    ).join('\n');
    const region = [TITLE, LONG('Cache'), LONG('Security'), LONG('Common'), teasers].join('\n');
    const block = [LONG('Cache'), LONG('Security'), LONG('Common')].join('\n');
    expect(skipsManualSections(region, block)).toBe(false);
  });

  it('is false when the region is little more than the block', () => {
    const region = [LONG('Cache'), SHORT('Locale'), LONG('Security'), LONG('Common'), LONG('Csrf'), LONG('Gzip')].join(
      '\n',
    );
    const block = [LONG('Cache'), LONG('Security'), LONG('Common'), LONG('Csrf'), LONG('Gzip')].join('\n');
    expect(skipsManualSections(region, block)).toBe(false);
  });
});

describe('skipsManualCode', () => {
  const region = [
    TITLE,
    LONG('Cache'),
    SHORT('Locale'),
    SHORT('Message'),
    LONG('Security'),
    SHORT('Csrf'),
    SHORT('Session'),
    SHORT('Site'),
    LONG('Common'),
  ];
  const block = [LONG('Cache'), LONG('Security'), LONG('Common')].join('\n');
  const box = (code: boolean) => {
    const el = document.createElement('div');
    for (const part of region) {
      const p = document.createElement('p');
      const [head, ...rest] = part.split('\n');
      // A manual prints its signatures as code; a shop's page has the same sections of text without any.
      p.innerHTML = code ? `<code>${head}</code>` : head;
      el.append(p, ...rest.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    }
    return el;
  };

  it("takes the region of a manual's block that skips sections where the region prints code", () => {
    expect(skipsManualCode(box(true), region.join('\n'), block)).toBe(true);
  });

  it('keeps the block where the region prints no code (a shop page has sections too)', () => {
    expect(skipsManualSections(region.join('\n'), block)).toBe(true);
    expect(skipsManualCode(box(false), region.join('\n'), block)).toBe(false);
  });
});
