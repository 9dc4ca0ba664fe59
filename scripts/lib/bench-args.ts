// Command-line options of the benchmarks: whole numbers with a full and a quick default, --quick,
// and where asked --data DIR and --no-build. `--help` prints them.
import { parseArgs } from 'node:util';
import { exitWith, ScriptError } from './run-script';

export interface NumberOption {
  /** What it sets, for --help. */
  help: string;
  /** Default of a full run. */
  full: number;
  /** Default with --quick (a run that checks the benchmark works in a minute or two). */
  quick: number;
  /** An environment variable read when the option is not given (older invocations). */
  env?: string;
}

export interface BenchArgs<K extends string> {
  quick: boolean;
  /** --data DIR, when given. */
  data?: string;
  /** False with --no-build: use the e2e build in .output as it is. */
  build: boolean;
  /** --profile DIR, when given. */
  profile?: string;
  n: Record<K, number>;
  /** True when every number is its full default and no --data was given: the run recorded in docs/. */
  standard: boolean;
}

/** Which of the common options a benchmark takes, each with its --help line. */
export interface ExtraOptions {
  data?: string;
  build?: boolean;
  profile?: string;
}

/**
 * Reads the benchmark's options from process.argv. Prints the usage and exits on --help; exits with
 * the reason and the usage on an unknown option or a value that is not a positive whole number.
 */
export function benchArgs<K extends string>(
  usage: string,
  numbers: Record<K, NumberOption>,
  extra: ExtraOptions = {},
): BenchArgs<K> {
  try {
    const parsed = parseBenchArgs(process.argv.slice(2), usage, numbers, extra);
    if (typeof parsed === 'string') {
      console.log(parsed);
      process.exit(0);
    }
    return parsed;
  } catch (e) {
    exitWith(e);
  }
}

/**
 * Parses `argv`: the options, or the usage text when --help is given. Throws a ScriptError with the
 * reason and the usage on an unknown option or a value that is not a positive whole number. An option
 * not given reads its environment variable, then its default (the quick one with --quick).
 */
export function parseBenchArgs<K extends string>(
  argv: string[],
  usage: string,
  numbers: Record<K, NumberOption>,
  extra: ExtraOptions = {},
  env: Record<string, string | undefined> = process.env,
): BenchArgs<K> | string {
  const keys = Object.keys(numbers) as K[];
  const help = [
    usage,
    '',
    'Options:',
    ...keys.map((k) => {
      const o = numbers[k];
      return `  --${k} N`.padEnd(20) + `${o.help} (${o.full}; --quick: ${o.quick}${o.env ? `; env ${o.env}` : ''})`;
    }),
    '  --quick'.padEnd(20) + 'a short run that checks the benchmark works; prints its figures, writes no docs',
    ...(extra.data ? ['  --data DIR'.padEnd(20) + extra.data] : []),
    ...(extra.build
      ? ['  --no-build'.padEnd(20) + 'use the e2e build in .output as it is (env BENCH_NO_BUILD=1)']
      : []),
    ...(extra.profile ? ['  --profile DIR'.padEnd(20) + extra.profile] : []),
    '  --help'.padEnd(20) + 'this text',
  ].join('\n');
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(keys.map((k) => [k, { type: 'string' as const }])),
        quick: { type: 'boolean' },
        help: { type: 'boolean' },
        ...(extra.data ? { data: { type: 'string' as const } } : {}),
        ...(extra.build ? { 'no-build': { type: 'boolean' as const } } : {}),
        ...(extra.profile ? { profile: { type: 'string' as const } } : {}),
      },
    }).values;
  } catch (e) {
    throw new ScriptError(`${(e as Error).message}\n\n${help}`);
  }
  if (values.help) return help;
  const quick = !!values.quick;
  const n = {} as Record<K, number>;
  for (const k of keys) {
    const o = numbers[k];
    const given = (values[k] as string | undefined) ?? (o.env ? env[o.env] : undefined);
    const v = given == null || given === '' ? (quick ? o.quick : o.full) : Number(given);
    if (!Number.isInteger(v) || v < 1)
      throw new ScriptError(`--${k} takes a positive whole number, not "${given}".\n\n${help}`);
    n[k] = v;
  }
  const data = values.data as string | undefined;
  return {
    quick,
    data,
    build: !values['no-build'] && !env.BENCH_NO_BUILD,
    profile: values.profile as string | undefined,
    n,
    standard: !quick && !data && keys.every((k) => n[k] === numbers[k].full),
  };
}
