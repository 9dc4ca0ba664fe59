import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Debian's epubcheck (`apt-get install -y epubcheck`; .ci/run installs it), or EPUBCHECK_JAR. */
export const EPUBCHECK_JAR = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';

/**
 * Runs EPUBCheck on a file and returns its exit status and report. Debian's /usr/bin/epubcheck is a symlink to
 * the jar (runnable only with binfmt), so Java is called directly. Throws with the fix when it is missing.
 */
export function epubcheck(file: string): { status: number | null; report: string } {
  if (!fs.existsSync(EPUBCHECK_JAR) || spawnSync('java', ['-version']).error)
    throw new Error(
      `EPUBCheck was not found (${EPUBCHECK_JAR}) or Java is missing, so the EPUB export cannot be validated. ` +
        `Install it with: apt-get install -y epubcheck (Debian; .ci/run does this), or set EPUBCHECK_JAR.`,
    );
  const res = spawnSync('java', ['-jar', EPUBCHECK_JAR, file], { encoding: 'utf8' });
  return { status: res.status, report: res.stdout + res.stderr };
}
