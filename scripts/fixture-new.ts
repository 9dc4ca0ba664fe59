// `npm run fixture:new -- <slug> <file.html>`: adds tests/fixtures/pages/<slug>/ from a saved page.
// Strips scripts, runs the shipped extractor (extract, then sanitize) at the fixtures' fake URL and
// writes source.html, expected.html and expected-metadata.json. Review expected.html like code.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ExtractedCore } from '@/utils/extraction/extract-article';
import { loadExtractor } from './lib/load-extractor';
import type { prettyHtml } from '../tests/helpers/pretty-html';

const FAKE_URL = 'http://fakehost/test/page.html';
const FIELDS: (keyof ExtractedCore)[] = [
  'title',
  'byline',
  'siteName',
  'lang',
  'excerpt',
  'publishedTime',
  'readerable',
  'leadImageUrl',
  'canonicalUrl',
];

const [slug, file] = process.argv.slice(2);
if (!slug || !file || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error(
    'usage: npm run fixture:new -- <slug> <file.html>   (slug: kebab-case, e.g. bbc-1 or paywall-teaser-1)',
  );
  process.exit(2);
}
const dir = path.join('tests/fixtures/pages', slug);
if (fs.existsSync(dir)) {
  console.error(`${dir} exists already; pick another slug or rewrite expectations with UPDATE_FIXTURES=1 npm test.`);
  process.exit(1);
}
// Executable scripts go; JSON-LD stays (it is metadata the extractor reads).
const html = fs
  .readFileSync(file, 'utf8')
  .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (m, attrs: string) =>
    /application\/ld\+json/i.test(attrs) ? m : '',
  );
const ex = await loadExtractor<{ prettyHtml: typeof prettyHtml }>([
  "export { prettyHtml } from './tests/helpers/pretty-html';",
]);
const dom = new JSDOM(html, { url: FAKE_URL, virtualConsole: new VirtualConsole() });
const doc = dom.window.document;
const core = ex.extractArticle(doc, FAKE_URL);
if (!core) {
  console.error(`No article found in ${file}; nothing written.`);
  process.exit(1);
}
const { contentHtml, textContent } = ex.articleText(core.contentHtml, doc);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'source.html'), html);
fs.writeFileSync(path.join(dir, 'expected.html'), ex.prettyHtml(contentHtml));
fs.writeFileSync(
  path.join(dir, 'expected-metadata.json'),
  JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, core[f]])), null, 2) + '\n',
);
console.log(`${dir}: ${textContent.split('\n').length} lines of text, ${Math.round(html.length / 1024)} KB source`);
console.log(textContent);
