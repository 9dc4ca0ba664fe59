// `web-ext lint` (addons.mozilla.org's linter, web-ext 10.7.0) on the Firefox build: no error. It runs
// offline in ~5 s on an idle machine. Warnings (innerHTML in Preact, Readability, DOMPurify) are allowed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from './launch-firefox';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('web-ext lint', () => {
  it('finds no error in the Firefox build', { timeout: 180_000 }, async () => {
    const bin = path.resolve('node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(
      bin,
      ['lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 20 * 1024 * 1024, env: { ...process.env, WEB_EXT_NOTIFY_UPDATES: 'false' } },
    ).catch((e: { stdout?: string; message: string }) => {
      if (!e.stdout) throw e;
      return { stdout: e.stdout }; // web-ext exits 1 when it found errors: the report says which
    });
    const report = JSON.parse(stdout) as { errors: LintMessage[]; summary: { errors: number } };
    expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
