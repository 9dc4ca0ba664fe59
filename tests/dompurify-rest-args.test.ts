// @vitest-environment node
// The build plugin that gives DOMPurify's `unapply` its rest parameter back (wxt.config.ts): it still finds the copy
// loop in the installed DOMPurify, the minified result no longer copies `arguments` twice per DOM read, and the
// plugin's DOMPurify sanitizes the whole xss corpus exactly as the installed one (jsdom: a real DOM for DOMPurify).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import DOMPurify from 'dompurify';
import { build } from 'rolldown';
import { dompurifyRestArgs, UNAPPLY_LOOP } from '../wxt.config';
import { payloads } from './fixtures/xss/payloads';

const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('dompurify')), 'purify.es.mjs');
const source = fs.readFileSync(dist, 'utf8');
const plugin = dompurifyRestArgs();
const transformed = plugin.transform(source, dist)!.code;

/** The module's code without its source-map comment (the map is not beside the copies written here). */
const unmapped = (code: string) => code.replace(/^\/\/# sourceMappingURL=.*$/m, '');

/** DOMPurify's module minified as the extension's build minifies it (rolldown's minifier, oxc). */
async function minified(code: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-purify-'));
  try {
    fs.writeFileSync(path.join(dir, 'purify.mjs'), unmapped(code));
    const out = await build({ input: path.join(dir, 'purify.mjs'), write: false, output: { minify: true } });
    return out.output[0].code;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
/** The minified shape of the copy loop: `function(t){var n=[...arguments].slice(1);…}`. */
const COPIED = /function\(\w+\)\{var \w+=\[\.\.\.arguments\]\.slice\(1\)/;

describe("DOMPurify's unapply with a rest parameter (build plugin)", () => {
  it('finds the copy loop in every dist file of the installed DOMPurify, and only there', () => {
    for (const f of ['purify.es.mjs', 'purify.js', 'purify.cjs.js'])
      expect(UNAPPLY_LOOP.test(fs.readFileSync(path.join(path.dirname(dist), f), 'utf8'))).toBe(true);
    expect(UNAPPLY_LOOP.test(transformed)).toBe(false);
    expect(transformed).toContain('return function (thisArg, ...args) { return apply(func, thisArg, args); };');
    expect(plugin.transform('function unapply(func) {}', '/x/node_modules/other/dist/purify.es.mjs')).toBeNull();
  });

  it('leaves no `[...arguments].slice(1)` wrapper in the minified DOMPurify (one without the plugin)', async () => {
    expect(await minified(source)).toMatch(COPIED);
    expect(await minified(transformed)).not.toMatch(COPIED);
  });

  it('sanitizes every xss payload exactly as the installed DOMPurify does', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-purify-')), 'purify.mjs');
    fs.writeFileSync(file, unmapped(transformed));
    try {
      const patched = (await import(/* @vite-ignore */ pathToFileURL(file).href)).default as typeof DOMPurify;
      const win = new JSDOM('').window as unknown as Window & typeof globalThis;
      const [ours, theirs] = [patched(win), DOMPurify(win)];
      const html = payloads('http://127.0.0.1:9').map((p) => `<p>a</p>${p.html}<p>b</p>`);
      const a = html.map((h) => ours.sanitize(h));
      expect(a).toEqual(html.map((h) => theirs.sanitize(h)));
      expect(a.filter((s, i) => s !== html[i]).length).toBeGreaterThan(html.length / 2);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
