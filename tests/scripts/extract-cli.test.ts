// @vitest-environment node
// The command-line extractor, spawned as users run it: JSON lines in, one JSON line out per input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const page = fs.readFileSync('tests/fixtures/pages/kyiv-independent-ghost/source.html', 'utf8');
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
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd']);
  });

  it('returns the article text for a real page, without its clutter', () => {
    expect(out[0].text).toMatch(/^A Kremlin envoy/);
    expect(out[0].text).not.toContain('Subscribe');
    expect(out[4].text).toBe(out[0].text);
  });

  it('reports a broken line, a page without article and a missing html as errors, and goes on', () => {
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].error).toBe('no article found');
    expect(out[3].error).toMatch(/missing "html"/);
    expect(res.stderr).toContain('extracted 5 line(s)');
  });

  it('refuses to run without --jsonl and says how to use it', () => {
    const bad = run([], '');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/usage: npm run extract -- --jsonl/);
  }, 60_000);
});
