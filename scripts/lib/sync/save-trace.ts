// bench:sync (b): where one save's seconds went on its way from A to B's open library page. Each profile's
// background notes what sync did and when (utils/lib/event-trace.ts, wall clock: both browsers run on this
// machine, so their times line up); this lines them up from the moment the save was made.
import type { Launched } from '../../../tests/e2e/launch';

export interface TraceEvent {
  at: number;
  what: string;
  n?: number;
}

/** One save of (b): when it was made, committed in A and listed on B, and what both backgrounds did. */
export interface SaveTrace {
  ms: number;
  startedAt: number;
  committedAt: number;
  listedAt: number;
  a: TraceEvent[];
  b: TraceEvent[];
}

/** A save slower than this gets its whole trace printed. */
export const SLOW_SAVE_MS = 2_000;
/** Events this long before the save are shown too (a round already running when it was made). */
const BEFORE_MS = 3_000;

/** A profile's sync events since `since` (empty when its background does not answer). */
export async function traceOf(app: Launched, since: number): Promise<TraceEvent[]> {
  const sw = app.context.serviceWorkers().at(-1) ?? app.sw;
  return sw
    .evaluate((t) => ((globalThis as any).__offprintSyncTrace?.(t) ?? []) as TraceEvent[], since - BEFORE_MS)
    .catch(() => []);
}

const at = (t: SaveTrace, ms: number) => `${ms >= t.startedAt ? '+' : ''}${((ms - t.startedAt) / 1000).toFixed(2)} s`;
const label = (e: TraceEvent) => (e.n == null ? e.what : `${e.what}(${e.n})`);

/**
 * The save's milestones on one line: A (committed, woken, round started or joined, sealed, pushed), B (the
 * long-poll heard of it, round started, pulled, applied), listed — each the first after the save was made.
 */
export function saveLine(k: number, t: SaveTrace): string {
  const first = (list: TraceEvent[], what: string, after: number, some = false) =>
    list.find((e) => e.what === what && e.at >= after && (!some || (e.n ?? 0) > 0));
  const parts: string[] = [];
  const add = (who: string, e: TraceEvent | undefined) => {
    if (e) parts.push(`${who} ${label(e)} ${at(t, e.at)}`);
  };
  parts.push(`committed ${at(t, t.committedAt)}`);
  const wake = first(t.a, 'wake', t.startedAt);
  add('A', wake);
  const from = wake?.at ?? t.startedAt;
  const round = [first(t.a, 'round.start', from), first(t.a, 'round.join', from)]
    .filter((e) => !!e)
    .sort((x, y) => x.at - y.at)[0];
  add('A', round);
  const sealed = first(t.a, 'flushed', t.startedAt);
  add('A', sealed);
  const pushed = first(t.a, 'pushed', sealed?.at ?? t.startedAt, true);
  add('A', pushed);
  const after = pushed?.at ?? t.startedAt;
  const heard = first(t.b, 'long-poll.change', after - 50);
  add('B', heard);
  add('B', first(t.b, 'round.start', heard?.at ?? after));
  add('B', first(t.b, 'pull.batch', after, true));
  add('B', first(t.b, 'applied', after));
  parts.push(`listed ${at(t, t.listedAt)}`);
  return `save ${k + 1}: ${t.ms} ms — ${parts.join(', ')}`;
}

/** The whole trace of a slow save: both backgrounds' events in time order, from shortly before it. */
export function slowSaveLines(k: number, t: SaveTrace): string[] {
  const events = [
    ...t.a.map((e) => ({ ...e, who: 'A' })),
    ...t.b.map((e) => ({ ...e, who: 'B' })),
    { at: t.committedAt, what: 'save committed in A (bench)', who: 'A' },
    { at: t.listedAt, what: 'listed on B’s library page (bench)', who: 'B' },
  ]
    .filter((e) => e.at <= t.listedAt)
    .sort((x, y) => x.at - y.at);
  return [
    `save ${k + 1} (${t.ms} ms), made at +0.00 s:`,
    ...events.map((e) => `  ${at(t, e.at).padStart(9)}  ${e.who}  ${label(e)}`),
  ];
}
