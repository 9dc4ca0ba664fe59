// @vitest-environment node
// The text the library benchmarks recombine: the Scrapinghub data in the repository, a WCXB-style
// folder given with --data, and a clear error for a folder with neither.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, loadCorpus } from '../../scripts/lib/bench-corpus';
import { ScriptError } from '../../scripts/lib/run-script';

const tmp: string[] = [];
const tmpDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-corpus-'));
  tmp.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of tmp.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('reads the Scrapinghub ground truth that ships with the repository by default', () => {
    const corpus = loadCorpus();
    expect(corpus.dir).toBe(DEFAULT_CORPUS);
    expect(corpus.docs).toHaveLength(181);
    for (const d of corpus.docs) {
      expect(d.host).not.toMatch(/^www\.|\//);
      expect(d.paras.length).toBeGreaterThan(0);
      expect(d.paras.every((p) => p === p.trim() && p.length > 0)).toBe(true);
    }
    expect(corpus.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a WCXB-style folder: paragraphs of main_content, www. dropped, pages without text left out', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'ground-truth'));
    const page = (url: string, text: string) => JSON.stringify({ url, ground_truth: { main_content: text } });
    fs.writeFileSync(path.join(dir, 'ground-truth', '0001.json'), page('https://www.a.example/x', 'One.\n\n Two. \n'));
    fs.writeFileSync(path.join(dir, 'ground-truth', '0002.json'), page('https://b.example/y', '  \n'));
    fs.writeFileSync(path.join(dir, 'ground-truth', '0003.json'), page('', 'No address.'));
    const corpus = loadCorpus(dir);
    expect(corpus.docs).toEqual([
      { host: 'a.example', paras: ['One.', 'Two.'] },
      { host: 'example.org', paras: ['No address.'] },
    ]);
  });

  it('gives another fingerprint for other text (a seeded library of the old text is stale)', () => {
    const dir = tmpDir();
    const write = (body: string) =>
      fs.writeFileSync(
        path.join(dir, 'ground-truth.json'),
        JSON.stringify({ a: { url: 'https://a.example/', articleBody: body } }),
      );
    write('First text.');
    const before = loadCorpus(dir).fingerprint;
    write('Other text.');
    expect(loadCorpus(dir).fingerprint).not.toBe(before);
  });

  it('says what --data needs when the folder holds no ground truth, or is not there', () => {
    const empty = tmpDir();
    for (const dir of [empty, path.join(empty, 'missing')]) {
      expect(() => loadCorpus(dir)).toThrow(ScriptError);
      expect(() => loadCorpus(dir)).toThrow(
        `No benchmark text in ${dir}: --data takes a folder with a ground-truth.json`,
      );
    }
  });
});
