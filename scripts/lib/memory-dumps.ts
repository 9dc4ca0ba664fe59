// Chromium's own account of a process's memory by allocator (the memory-infra dumps DevTools' tracing takes):
// V8's heaps, Blink's garbage-collected heap (Oilpan: DOM nodes, documents), PartitionAlloc's partitions
// (array_buffer: ArrayBuffer bytes; buffer: strings and vectors, external strings included; fast_malloc;
// layout), malloc. Taken every few seconds while a benchmark's phase runs; the dump where the renderers held
// the most is returned.
import fs from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

interface DumpEvent {
  ph: string;
  pid: number;
  id?: string;
  name: string;
  ts: number;
  args?: {
    dumps?: {
      process_totals?: { private_footprint_bytes?: string };
      allocators?: Record<string, { attrs?: { size?: { value: string } } }>;
    };
  };
}

/** One process's dump: its private footprint and each allocator's size (bytes), by allocator path. */
export interface ProcessDump {
  pid: number;
  ts: number;
  footprint: number;
  sizes: Record<string, number>;
}

const hex = (v: string | undefined) => (v ? parseInt(v, 16) : 0);

/** Starts tracing memory-infra and requesting a detailed dump every `everyMs`; the function returned stops. */
export async function startMemoryDumps(page: Page, everyMs = 3000): Promise<() => Promise<ProcessDump[]>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: DumpEvent[] = [];
  let raw = 0;
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as DumpEvent[]) {
      if (process.env.BENCH_MEMORY_DUMPS_RAW && raw++ < 40)
        fs.appendFileSync(process.env.BENCH_MEMORY_DUMPS_RAW, JSON.stringify(ev).slice(0, 3000) + '\n');
      if (ev.ph === 'v' && ev.args?.dumps) events.push(ev);
    }
  });
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['disabled-by-default-memory-infra'],
      excludedCategories: ['*'],
      memoryDumpConfig: { triggers: [] },
    },
  } as never);
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void cdp
      .send('Tracing.requestMemoryDump', { deterministic: false, levelOfDetail: 'detailed' } as never)
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, everyMs);
  return async () => {
    clearInterval(timer);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    // A process's dump comes as several events (its totals, its allocators in parts): merged by process and dump.
    const dumps = new Map<string, ProcessDump>();
    for (const ev of events) {
      const key = `${ev.pid}:${ev.id ?? ev.ts}`;
      const d = dumps.get(key) ?? { pid: ev.pid, ts: ev.ts, footprint: 0, sizes: {} };
      dumps.set(key, d);
      const totals = ev.args!.dumps!.process_totals;
      if (totals) d.footprint = hex(totals.private_footprint_bytes);
      for (const [k, a] of Object.entries(ev.args!.dumps!.allocators ?? {})) d.sizes[k] = hex(a.attrs?.size?.value);
    }
    return [...dumps.values()];
  };
}

/** Allocators of a dump at most `depth` levels deep and above `min` bytes, largest first ("v8/main/heap 120 MB"). */
export function largestAllocators(d: ProcessDump, depth = 3, min = 4 * 1048576): string[] {
  return Object.entries(d.sizes)
    .filter(([k, v]) => k.split('/').length <= depth && v >= min)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${(v / 1048576).toFixed(0)} MB`);
}
