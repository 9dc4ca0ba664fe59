#!/usr/bin/env node
// `npm run lint` (and the lint tier of `npm test`): no line of code is wider than Prettier's printWidth. Prettier
// does not break strings, template literals, regular expressions or comments, so this checks what it leaves long.
// Code is every tracked (or new, not ignored) .ts/.tsx/.mts/.cts/.js/.mjs/.cjs/.css file and the entrypoints'
// HTML shells; data is not code: bench/data/ and tests/fixtures/ (except fixtures written as TypeScript).
// Prints file:line: width for each long line and exits 1 when there is any.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MAX_WIDTH = JSON.parse(
  fs.readFileSync(new URL('../.prettierrc.json', import.meta.url), 'utf8'),
).printWidth;

const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|css)$|^entrypoints\/.*\.html$/;
const DATA = /^(bench\/data\/|node_modules\/|\.output\/|\.wxt\/|\.cache\/)|^tests\/fixtures\/(?!.*\.ts$)/;

/** True for a repository path whose lines must fit the width. */
export function isCode(file) {
  return CODE.test(file) && !DATA.test(file);
}

/** The lines of `text` wider than `max` characters (code points), as { line (1-based), width }. */
export function longLines(text, max = MAX_WIDTH) {
  const out = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const width = [...line].length;
    if (width > max) out.push({ line: i + 1, width });
  });
  return out;
}

/** Every long line of the code files under `cwd` (git's view: tracked plus new files it does not ignore). */
export function checkRepo(cwd = process.cwd(), max = MAX_WIDTH) {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f && isCode(f) && fs.existsSync(`${cwd}/${f}`));
  return files.flatMap((file) =>
    longLines(fs.readFileSync(`${cwd}/${file}`, 'utf8'), max).map((l) => ({ file, ...l })),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const found = checkRepo();
  for (const l of found) console.log(`${l.file}:${l.line}: ${l.width} characters (max ${MAX_WIDTH})`);
  if (found.length) {
    console.error(
      `${found.length} line(s) wider than ${MAX_WIDTH}: split strings by concatenation, rewrap comments, ` +
        'split regular expressions with new RegExp(…) or .source.',
    );
    process.exit(1);
  }
  console.log(`check-line-width: no code line wider than ${MAX_WIDTH} characters.`);
}
