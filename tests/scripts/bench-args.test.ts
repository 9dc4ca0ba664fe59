// @vitest-environment node
// The benchmarks' options: full and quick defaults, explicit values, environment fallbacks, errors in words.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs, type NumberOption } from '../../scripts/lib/bench-args';
import { ScriptError } from '../../scripts/lib/run-script';

const NUMBERS: Record<'n' | 'opens', NumberOption> = {
  n: { help: 'articles', full: 10_000, quick: 200, env: 'BENCH_N' },
  opens: { help: 'opens', full: 25, quick: 5 },
};
const parse = (argv: string[], env: Record<string, string> = {}) =>
  parseBenchArgs(argv, 'usage line', NUMBERS, { data: 'text folder', build: true }, env);

describe('parseBenchArgs', () => {
  it('takes the full defaults with no options: the standard run, built first', () => {
    expect(parse([])).toEqual({
      quick: false,
      data: undefined,
      build: true,
      profile: undefined,
      n: { n: 10_000, opens: 25 },
      standard: true,
    });
  });

  it('takes the quick defaults with --quick, which is never the standard run', () => {
    expect(parse(['--quick'])).toMatchObject({ quick: true, n: { n: 200, opens: 5 }, standard: false });
  });

  it('prefers a given value over the environment and the defaults', () => {
    expect(parse(['--quick', '--n', '50'], { BENCH_N: '70' })).toMatchObject({ n: { n: 50, opens: 5 } });
    expect(parse(['--opens=3'])).toMatchObject({ n: { n: 10_000, opens: 3 }, standard: false });
  });

  it('reads the environment variable of an option that is not given', () => {
    expect(parse([], { BENCH_N: '70' })).toMatchObject({ n: { n: 70 }, standard: false });
    expect(parse([], { BENCH_NO_BUILD: '1' })).toMatchObject({ build: false });
  });

  it('takes --data and --no-build; --data is not the standard run', () => {
    expect(parse(['--data', 'some/dir', '--no-build'])).toMatchObject({
      data: 'some/dir',
      build: false,
      standard: false,
    });
  });

  it('returns the usage with every option for --help', () => {
    const help = parse(['--help']);
    expect(typeof help).toBe('string');
    for (const word of ['usage line', '--n N', '--opens N', '--quick', '--data DIR', '--no-build', 'env BENCH_N'])
      expect(help).toContain(word);
  });

  it('says what is wrong with a number that is not a positive whole number', () => {
    for (const bad of ['abc', '0', '-3', '2.5']) {
      const run = () => parse([`--n=${bad}`]);
      expect(run).toThrow(ScriptError);
      expect(run).toThrow(`--n takes a positive whole number, not "${bad}"`);
    }
  });

  it('names an unknown option and an option the benchmark does not take', () => {
    expect(() => parse(['--nope'])).toThrow(/Unknown option '--nope'[\s\S]*usage line/);
    expect(() => parseBenchArgs(['--profile', 'x'], 'usage', NUMBERS)).toThrow(/--profile/);
  });
});
