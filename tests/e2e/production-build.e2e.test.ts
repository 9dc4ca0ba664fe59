import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';

const OUT = path.resolve('.output/chrome-mv3');
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));

beforeAll(() => {
  const res = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`production build failed:\n${res.stdout}\n${res.stderr}`);
}, 120_000);

it('the production manifest has no host permission and the minimal install-time permissions', () => {
  const m = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
  expect(m.host_permissions).toBeUndefined();
  expect(m.permissions.sort()).toEqual([
    'activeTab',
    // Sync's 30-second wake (utils/sync/schedule-sync.ts): issue 13 asks for it.
    'alarms',
    'contextMenus',
    'offscreen',
    'scripting',
    'storage',
    'unlimitedStorage',
  ]);
  expect(m.content_scripts ?? []).toEqual([]);
});

it('the production build carries none of the e2e build’s test hooks', () => {
  const js = files(OUT).filter((f) => f.endsWith('.js'));
  expect(js.length).toBeGreaterThan(3);
  for (const f of js) expect(fs.readFileSync(f, 'utf8'), f).not.toMatch(/__offprint/);
});
