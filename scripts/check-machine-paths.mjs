#!/usr/bin/env node
// `npm run lint` (and the lint tier of `npm test`): no tracked file names a path of one machine (a file under /work or
// /tmp, a home folder): docs write `<notes>/…`, `<scratch>/…` or `<WCXB folder>`, benchmarks take `--data`, scripts use
// os.tmpdir(). Data is not checked: bench/data/ and tests/fixtures/ hold others' pages; .gitignore's tmp folder is a
// pattern of this repository. Prints file:line: path for each and exits 1 when there is any.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A path of one machine, not inside a URL or a longer path (`file:///home/…` in a test is a URL). */
export const MACHINE_PATH =
  /(?<![\w./~<>:-])(\/work\/|\/tmp\/|\/home\/[\w.-]+\/|\/Users\/[\w.-]+\/|\/root\/|[A-Z]:\\Users\\)/g;

const SKIPPED =
  /^(bench\/data\/|tests\/fixtures\/|node_modules\/|\.output\/|\.wxt\/|\.cache\/)|^\.gitignore$|^package-lock\.json$/;

/** True for a repository path whose text must name no machine's path. */
export function isChecked(file) {
  return !SKIPPED.test(file);
}

/** The machine paths in `text`, as { line (1-based), path }. */
export function machinePaths(text) {
  const out = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(MACHINE_PATH)) out.push({ line: i + 1, path: m[1] });
  });
  return out;
}

/** Every machine path in the text files under `cwd` (git's view: tracked plus new files it does not ignore). */
export function checkRepo(cwd = process.cwd()) {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f && isChecked(f) && fs.existsSync(`${cwd}/${f}`) && fs.statSync(`${cwd}/${f}`).isFile());
  return files.flatMap((file) => {
    const bytes = fs.readFileSync(`${cwd}/${file}`);
    if (bytes.includes(0)) return []; // binary
    return machinePaths(bytes.toString('utf8')).map((p) => ({ file, ...p }));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const found = checkRepo();
  for (const p of found) console.log(`${p.file}:${p.line}: ${p.path}`);
  if (found.length) {
    console.error(
      `${found.length} path(s) of one machine: write <notes>/…, <scratch>/… or <WCXB folder> in docs, take --data in ` +
        'benchmarks, use os.tmpdir() in scripts.',
    );
    process.exit(1);
  }
  console.log('check-machine-paths: no path of one machine in the tracked files.');
}
