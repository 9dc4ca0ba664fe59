// @vitest-environment node
// The lint tier's width check: every code line fits Prettier's printWidth; data files are left alone.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_WIDTH, checkRepo, isCode, longLines } from '../../scripts/check-line-width.mjs';

const SCRIPT = path.resolve('scripts/check-line-width.mjs');
const long = 'x'.repeat(MAX_WIDTH + 1);
const fits = 'x'.repeat(MAX_WIDTH);

describe('longLines', () => {
  it('reports each line wider than the limit with its 1-based number and width', () => {
    expect(longLines(`${fits}\n${long}\nshort\r\n${long}x`, MAX_WIDTH)).toEqual([
      { line: 2, width: MAX_WIDTH + 1 },
      { line: 4, width: MAX_WIDTH + 2 },
    ]);
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(longLines('é'.repeat(MAX_WIDTH))).toEqual([]);
    expect(longLines('😀'.repeat(MAX_WIDTH))).toEqual([]);
    expect(longLines('é'.repeat(MAX_WIDTH + 1))).toEqual([{ line: 1, width: MAX_WIDTH + 1 }]);
  });
});

describe('isCode', () => {
  it('takes source, styles and the entrypoints’ HTML shells, and fixtures written as TypeScript', () => {
    for (const f of ['utils/a.ts', 'components/A.tsx', 'scripts/x.mjs', 'x.cjs', 'a.js', 'assets/a.css'])
      expect(isCode(f), f).toBe(true);
    expect(isCode('entrypoints/popup/index.html')).toBe(true);
    expect(isCode('tests/fixtures/xss/payloads.ts')).toBe(true);
  });

  it('leaves data alone: page fixtures, JSON, benchmark data, Markdown', () => {
    for (const f of [
      'tests/fixtures/pages/a/source.html',
      'tests/fixtures/pages/a/expected.json',
      'tests/fixtures/sites/app.js',
      'bench/data/scrapinghub/x.js',
      'README.md',
      'package.json',
    ])
      expect(isCode(f), f).toBe(false);
  });
});

describe('npm run lint: node scripts/check-line-width.mjs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'line-width-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const run = () => spawnSync('node', [SCRIPT], { cwd: dir, encoding: 'utf8' });

  it('passes a repository whose code fits, whatever its data holds', () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    write('utils/ok.ts', `export const a = 1;\n// ${fits.slice(3)}\n`);
    write('tests/fixtures/pages/p/source.html', `<p>${long}</p>\n`);
    write('bench/data/x.json', `{"a": "${long}"}\n`);
    execFileSync('git', ['add', '.'], { cwd: dir });
    const res = run();
    expect(res.status, res.stdout + res.stderr).toBe(0);
    expect(checkRepo(dir)).toEqual([]);
  });

  it('fails listing file:line for each long line, new files included', () => {
    write('utils/bad.ts', `export const a = 1;\nexport const b = '${long}';\n`);
    write('entrypoints/popup/index.html', `<html>\n\n<!-- ${long} -->\n</html>\n`);
    const res = run();
    expect(res.status).toBe(1);
    expect(res.stdout).toContain(`utils/bad.ts:2: ${MAX_WIDTH + 21} characters`);
    expect(res.stdout).toContain('entrypoints/popup/index.html:3:');
    expect(res.stderr).toMatch(/2 line\(s\) wider than 120/);
  });
});
