#!/usr/bin/env node
// `npm test`: type check, lint (ESLint with the layer rules, Prettier, line width, machine paths), unit tests
// (vitest + happy-dom) and real-browser tests (built extension in Chromium, then the Firefox build in Firefox ESR), in
// that order. Ends with one plain line, "N passed, N failed", totalling every tier, and exits non-zero when any tier
// fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-test-'));
const tiers = [];

function run(name, cmd, args, reportFile) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  let passed = 0;
  let failed = 0;
  if (reportFile && fs.existsSync(reportFile)) {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = (report.numFailedTests ?? 0) + (report.numTotalTestSuites ? 0 : 0);
    // A file that failed to load has no tests but is a failure all the same.
    failed += (report.testResults ?? []).filter(
      (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
    ).length;
  }
  // A step that is not a test tier (type check, build) adds no passes, but its failure counts.
  if (res.status !== 0 && failed === 0) failed = 1;
  tiers.push({ name, passed, failed, seconds: (Date.now() - started) / 1000 });
  return res.status === 0;
}

const only = process.argv[2]; // optional: 'compile' | 'lint' | 'unit' | 'e2e' | 'firefox'
if (!only || only === 'compile') run('type check', 'npx', ['tsc', '--noEmit']);
if (!only || only === 'lint') {
  run('lint (layer rules)', 'npx', ['eslint', '.']);
  run('format check', 'npx', ['prettier', '--check', '.']);
  run('line width', 'node', ['scripts/check-line-width.mjs']);
  run('machine paths', 'node', ['scripts/check-machine-paths.mjs']);
}
if (!only || only === 'unit') {
  const f = path.join(tmp, 'unit.json');
  run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${f}`], f);
}
if (!only || only === 'e2e') {
  if (run('build (e2e mode)', 'npx', ['wxt', 'build', '--mode', 'e2e'])) {
    const f = path.join(tmp, 'e2e.json');
    run(
      'real-browser tests',
      'npx',
      [
        'vitest',
        'run',
        '-c',
        'vitest.e2e.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${f}`,
      ],
      f,
    );
  }
}
if (!only || only === 'firefox') {
  if (run('build (Firefox e2e)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'])) {
    const f = path.join(tmp, 'firefox.json');
    run(
      'real-browser Firefox',
      'npx',
      [
        'vitest',
        'run',
        '-c',
        'vitest.firefox.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${f}`,
      ],
      f,
    );
  }
}

console.log('\n=== summary');
for (const t of tiers)
  console.log(
    `${t.name.padEnd(20)} ${String(t.passed).padStart(4)} passed ${String(t.failed).padStart(3)} failed  ` +
      `${t.seconds.toFixed(1)} s`,
  );
const passed = tiers.reduce((s, t) => s + t.passed, 0);
const failed = tiers.reduce((s, t) => s + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
