// `npm run fixture:new -- <slug> <file.html>`: adds tests/fixtures/pages/<slug>/ from a saved page.
// Strips scripts, runs the shipped extractor (extract, then sanitize) at the fixtures' fake URL and
// writes source.html, expected.html and expected-metadata.json (tests/helpers/page-fixture.ts, the
// same code the fixture test runs). Review expected.html like code.
import fs from 'node:fs';
import path from 'node:path';
import { loadExtractor } from './lib/load-extractor';
import type * as PageFixture from '../tests/helpers/page-fixture';

const [slug, file] = process.argv.slice(2);
if (!slug || !file || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error(
    'usage: npm run fixture:new -- <slug> <file.html>   (slug: kebab-case, e.g. bbc-1 or paywall-teaser-1)',
  );
  process.exit(2);
}
// The fixture helpers come in the same bundle as the extractor (the `@/` paths resolve there).
const ex = await loadExtractor<typeof PageFixture>(["export * from './tests/helpers/page-fixture';"]);
const dir = path.join(ex.FIXTURE_DIR, slug);
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
const got = ex.extractFixtureHtml(html, ex);
if (!got) {
  console.error(`No article found in ${file}; nothing written.`);
  process.exit(1);
}
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'source.html'), html);
ex.writeFixtureExpectations(dir, got);
console.log(`${dir}: ${got.textContent.split('\n').length} lines of text, ${Math.round(html.length / 1024)} KB source`);
console.log(got.textContent);
