/**
 * Where the time of long background work goes in this context (sync's phases, the search index's
 * compaction): wall time per phase (ms), how often it ran and how many items (documents, articles) it
 * handled, plus a few moments (`mark`). Cheap (a clock read and a map update per phase call), always on;
 * bench:sync reads it from each profile's background (the e2e build puts `phaseTimings` on the background's
 * global object). Phases nest and overlap (a batch's sealing runs inside its flush, a push beside a flush),
 * so their times do not add up to the total. Turning sync on starts them afresh.
 */
export interface PhaseTiming {
  ms: number;
  calls: number;
  items: number;
}

const phases = new Map<string, PhaseTiming>();
const marks = new Map<string, number>();
let origin = Date.now();

/** Runs `fn` as one call of `phase`, adding its wall time (also when it throws). */
export async function timed<T>(phase: string, fn: () => PromiseLike<T>, items = 0): Promise<T> {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    count(phase, performance.now() - t, items);
  }
}

/** Adds a call of `phase` measured elsewhere. */
export function count(phase: string, ms: number, items = 0): void {
  const p = phases.get(phase) ?? phases.set(phase, { ms: 0, calls: 0, items: 0 }).get(phase)!;
  p.ms += ms;
  p.calls++;
  p.items += items;
}

/** Notes when something happened first (ms since the timings were reset). */
export function mark(name: string): void {
  if (!marks.has(name)) marks.set(name, Date.now() - origin);
}

/** Notes when something happened last (ms since the timings were reset). */
export function markLast(name: string): void {
  marks.set(name, Date.now() - origin);
}

/** A copy of what was measured since the last reset. */
export function phaseTimings(): { phases: Record<string, PhaseTiming>; marks: Record<string, number> } {
  const round = (x: number) => Math.round(x);
  return {
    phases: Object.fromEntries(
      [...phases].map(([k, v]) => [k, { ms: round(v.ms), calls: v.calls, items: v.items }] as const),
    ),
    marks: Object.fromEntries(marks),
  };
}

/** Starts measuring afresh. */
export function resetPhaseTimings(): void {
  phases.clear();
  marks.clear();
  origin = Date.now();
}
