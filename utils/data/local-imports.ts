/**
 * The imports and restores running in this page (undoableImport counts them), so that whole-table statistics
 * in the same page (the options page's image and link-only counts) wait for the end instead of reading every
 * row between two of its writes: each such read held up the next write (docs/backup.md, session 24).
 */
export const localImports = {
  /** How many imports or restores this page is running now. */
  running: () => running,
  /** Counts `work` as running until it settles; returns it. */
  track<T>(work: Promise<T>): Promise<T> {
    running++;
    const done = () => {
      if (--running === 0) for (const fn of [...idle]) fn();
    };
    work.then(done, done);
    return work;
  },
  /** Calls `fn` each time the last running import of this page ends; returns the function that stops it. */
  onIdle(fn: () => void): () => void {
    idle.add(fn);
    return () => void idle.delete(fn);
  },
};

let running = 0;
const idle = new Set<() => void>();
