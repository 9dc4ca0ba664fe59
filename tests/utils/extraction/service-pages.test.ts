// @vitest-environment jsdom
// Service pages built from a CMS's components. Adobe Experience Manager names every component `cmp-…`
// ("cmp-text", "cmp-teaser", "cmp-container"), which the consent rule read as a consent manager's box:
// every short component went, and what was left was the real consent box. Fixture page:
// tests/fixtures/pages/service-aem-components.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { CONSENT_CLASS } from '@/utils/extraction/clutter-text';

const URL_ = 'http://fakehost/test/page.html';
const load = (slug: string) =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), { url: URL_ }).window.document;
const offprint = (doc: Document) => {
  const core = extractArticle(doc, URL_);
  return core ? articleText(core.contentHtml, doc).textContent : null;
};

describe('a service page made of Adobe Experience Manager components', () => {
  it('keeps the components and leaves the consent box out', () => {
    const text = offprint(load('service-aem-components'))!;
    expect(text).toContain('Stop a breach fast');
    expect(text).toContain('Breach readiness assessment');
    expect(text).toContain('Reports your board and your insurer can read');
    expect(text).not.toContain('We value your privacy');
  });
});

describe('CONSENT_CLASS', () => {
  it.each(['cookie-banner', 'consent-box', 'gdpr', 'qc-cmp2-container', 'qc-cmp-persistent-link', 'cmpbox', 'cmp'])(
    'names a consent box: %s',
    (words) => expect(CONSENT_CLASS.test(words)).toBe(true),
  );
  it.each(['cmp-text', 'cmp-teaser__title', 'cmp-container responsivegrid', 'cmp-title__text', 'compare-plans'])(
    'does not name a component: %s',
    (words) => expect(CONSENT_CLASS.test(words)).toBe(false),
  );
});
