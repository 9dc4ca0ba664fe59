// @vitest-environment node
// The command-line extractor, spawned as users run it: JSON lines in, one JSON line out per input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const page = fs.readFileSync('tests/fixtures/pages/kyiv-independent-ghost/source.html', 'utf8');
const kindPage = (file: string) => fs.readFileSync(`tests/fixtures/kinds/${file}`, 'utf8');
const input = [
  JSON.stringify({ id: 'a', url: 'https://example.org/news/a', html: page }),
  '{"id": "broken", "html": ',
  JSON.stringify({
    id: 'b',
    url: 'https://example.org/b',
    html: '<html><head><title>Empty</title></head><body></body></html>',
  }),
  JSON.stringify({ id: 'c', url: 'https://example.org/c' }),
  JSON.stringify({ id: 'd', url: 'https://example.org/news/d', html: page }),
  JSON.stringify({ id: 'thread', url: 'https://forum.example/t/1', html: kindPage('thread/phpbb-topic.html') }),
  JSON.stringify({ id: 'docs', url: 'https://docs.example/config', html: kindPage('documentation/sphinx-page.html') }),
  JSON.stringify({ id: 'shop', url: 'https://shop.example/c/1', html: kindPage('listing/shop-category.html') }),
  JSON.stringify({
    id: 'login',
    url: 'https://example.org/login',
    html:
      '<html><body><nav><a href="/">Home</a></nav>' +
      '<form><input type="email"><button>Sign in</button></form></body></html>',
  }),
].join('\n');

function run(args: string[], stdin: string) {
  return spawnSync(process.execPath, ['node_modules/jiti/lib/jiti-cli.mjs', 'scripts/extract-cli.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run extract -- --jsonl', { timeout: 60_000 }, () => {
  const res = run(['--jsonl'], input);
  const out = res.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

  it('writes exactly one JSON line per input line, in order, and nothing else on stdout', () => {
    expect(res.status).toBe(0);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd', 'thread', 'docs', 'shop', 'login']);
  });

  it('returns the article text for a real page, without its clutter', () => {
    expect(out[0].text).toMatch(/^A Kremlin envoy/);
    expect(out[0].text).not.toContain('Subscribe');
    expect(out[4].text).toBe(out[0].text);
  });

  it('reports only lines that are not pages as errors (broken JSON, no html), and goes on', () => {
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[3].error).toMatch(/missing "html"/);
    expect(out.filter((o) => 'error' in o).map((o) => o.id)).toEqual([null, 'c']);
    expect(res.stderr).toContain('extracted 9 line(s)');
  });

  it('returns the main content of every page that parsed, of any kind, with the kind as an extra field', () => {
    expect(out[0].kind).toBe('article');
    expect(out[5]).toMatchObject({ kind: 'thread', text: expect.stringContaining('Two feeds a day did it.') });
    expect(out[5].text).toContain('It is hungry, not dying.');
    expect(out[6]).toMatchObject({ kind: 'documentation', text: expect.stringContaining('retention_days') });
    expect(out[7]).toMatchObject({ kind: 'listing', text: expect.stringContaining('Waxed Bread Bag') });
  });

  it('answers a page without main content with an empty text, not an error', () => {
    expect(out[2]).toEqual({ id: 'b', text: '' });
    expect(out[8]).toEqual({ id: 'login', text: '' });
  });

  it('refuses to run without --jsonl and says how to use it', () => {
    const bad = run([], '');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/usage: npm run extract -- --jsonl/);
  }, 60_000);
});
