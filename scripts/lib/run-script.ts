/** An error to show the user as it is (no stack): bad options, missing data or build. `code` is the exit code. */
export class ScriptError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
    this.name = 'ScriptError';
  }
}

/** Prints a ScriptError's message (or any other error in full) and exits with its code. */
export function exitWith(e: unknown): never {
  if (e instanceof ScriptError) {
    console.error(e.message);
    process.exit(e.code);
  }
  console.error(e);
  process.exit(1);
}

/** Runs a script's main; when it fails, prints why and exits non-zero. */
export function runScript(main: () => Promise<void>): void {
  main().catch(exitWith);
}
