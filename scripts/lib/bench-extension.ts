// The extension a benchmark loads: the e2e build, rebuilt unless --no-build, and copied aside so that a
// rebuild while the benchmark runs cannot change the extension under it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchProblem } from '../../tests/e2e/launch';
import { ScriptError } from './run-script';

/**
 * Builds the e2e extension (when `build`), copies it to .cache/<name> and returns that folder; throws when it cannot.
 */
export function benchExtension(name: string, build: boolean): string {
  if (build) {
    const res = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
    if (res.status !== 0) throw new ScriptError('The e2e build failed (npx wxt build --mode e2e): see above.', 1);
  }
  requireE2eBuild();
  const dir = path.resolve('.cache', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

/** For scripts whose npm script builds first: throws the fix when Chromium or the e2e build is missing. */
export function requireE2eBuild(): void {
  const problem = launchProblem();
  if (problem) throw new ScriptError(problem, 1);
}
