/**
 * A short log of what sync did in this context and when (wall clock, so two browsers' logs line up): a write
 * woke it, a round started or joined one already running, a batch was sealed, pushed, pulled, applied, the
 * long-poll heard of a change. bench:sync reads it from each profile's background (the e2e build puts
 * `eventTrace` on the background's global object) and prints, for a slow save, where its seconds went. Cheap
 * (one array push per event), always on, bounded to the last `MAX_EVENTS`.
 */
export interface TraceEvent {
  /** Date.now() when it happened. */
  at: number;
  what: string;
  /** How many (documents, articles), when it says. */
  n?: number;
}

const MAX_EVENTS = 2_000;
let events: TraceEvent[] = [];

/** Notes that `what` happened now (with a count). */
export function traceEvent(what: string, n?: number): void {
  events.push(n == null ? { at: Date.now(), what } : { at: Date.now(), what, n });
  if (events.length > MAX_EVENTS) events = events.slice(-MAX_EVENTS / 2);
}

/** The events noted at or after `since` (Date.now() time), oldest first. */
export function eventTrace(since = 0): TraceEvent[] {
  return events.filter((e) => e.at >= since);
}
