/** Runs a script's main and exits 1 with the error when it fails. */
export function runScript(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
