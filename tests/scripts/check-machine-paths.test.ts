// @vitest-environment node
// The lint tier's path check: no tracked file names a path of one machine; data files and URLs are left alone.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepo, isChecked, machinePaths } from '../../scripts/check-machine-paths.mjs';

const SCRIPT = path.resolve('scripts/check-machine-paths.mjs');
// Written in two parts so that this file names no machine's path itself.
const WORK = '/wo' + 'rk/';
const TMP = '/t' + 'mp/';
const HOME = '/ho' + 'me/ana/';

describe('machinePaths', () => {
  it('finds a scratch folder, a home folder and a worktree, with their 1-based lines', () => {
    expect(machinePaths(`ok\nsee \`${TMP}dev.json\`\n(${HOME}x) and ${WORK}wt/a`)).toEqual([
      { line: 2, path: TMP },
      { line: 3, path: HOME },
      { line: 3, path: WORK },
    ]);
    expect(machinePaths('C:\\Users\\ana\\x')).toEqual([{ line: 1, path: 'C:\\Users\\' }]);
  });

  it('leaves URLs, placeholders and longer paths alone', () => {
    expect(machinePaths(`file://${HOME}a.html <scratch>/ci-61 <notes>/dev.json a${TMP}b ~${TMP}`)).toEqual([]);
    expect(machinePaths('/tmp is a folder; the /work tree')).toEqual([]);
  });
});

describe('isChecked', () => {
  it('checks docs, code and scripts, and leaves others’ pages, benchmark data and .gitignore alone', () => {
    for (const f of ['README.md', 'docs/extraction.md', 'scripts/x.mjs', 'utils/a.ts', '.ci/run', 'tests/a.test.ts'])
      expect(isChecked(f), f).toBe(true);
    for (const f of ['tests/fixtures/pages/a/source.html', 'bench/data/scrapinghub/x.html', '.gitignore'])
      expect(isChecked(f), f).toBe(false);
  });
});

describe('npm run lint: node scripts/check-machine-paths.mjs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'machine-paths-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const run = () => spawnSync('node', [SCRIPT], { cwd: dir, encoding: 'utf8' });

  it('passes a repository whose docs name no machine path, whatever its data holds', () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    write('docs/a.md', 'Run it on `<WCXB folder>`; results in `<notes>/x.json`.\n');
    write('tests/fixtures/pages/p/source.html', `<a href="file://${HOME}x">${WORK}</a>\n`);
    write('.gitignore', `${TMP}\n`);
    write('logo.bin', Buffer.from([0, 1, 2, ...Buffer.from(TMP)]).toString('latin1'));
    execFileSync('git', ['add', '.'], { cwd: dir });
    const res = run();
    expect(res.status, res.stdout + res.stderr).toBe(0);
    expect(checkRepo(dir)).toEqual([]);
  });

  it('fails listing file:line for each machine path, new files included', () => {
    write('docs/b.md', `one\ncompared with \`${TMP}whole.json\`\n`);
    write('scripts/bench.mjs', `const data = '${HOME}data';\n`);
    const res = run();
    expect(res.status).toBe(1);
    expect(res.stdout).toContain(`docs/b.md:2: ${TMP}`);
    expect(res.stdout).toContain(`scripts/bench.mjs:1: ${HOME}`);
    expect(res.stderr).toMatch(/2 path\(s\) of one machine/);
  });
});
