// What a page's renderer holds while a benchmark's phase runs, sampled over the DevTools protocol: the page's
// V8 heap (used and reserved), its documents and DOM nodes (Blink's heap), the V8 heaps of its dedicated workers,
// and the PSS of the renderer processes from /proc. Optionally the live heap (after a forced collection) every few
// seconds and a sampling profile of V8 allocations (including the objects already collected): who allocates.
import fs from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { browserPids, memoryOf } from './browser-memory';

/** One sample of the trace (MB; `live` only on the samples taken after a forced collection). */
export interface TraceSample {
  t: number;
  rendererPss: number;
  jsUsed: number;
  jsTotal: number;
  workers: number;
  documents: number;
  nodes: number;
  /** globalThis.__benchProgress in the page (the articles done by the pass running). */
  done: number;
  live?: number;
  /** Each worker's V8 heap, used / reserved (MB), by its script's name ("restore-worker 20/45 terms-worker 9/30"). */
  byWorker?: string;
}

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

const MB = 1048576;

/** Bytes allocated by function (self), largest first, from a HeapProfiler sampling profile. */
function allocations(head: SamplingNode): { name: string; mb: number }[] {
  const by = new Map<string, number>();
  const nameOf = (f: SamplingNode['callFrame']) =>
    `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || ''}:${f.lineNumber + 1}`;
  // A built-in (no script: `slice`, `values`) is named with its caller ("values :0 ← walk options-….js:2").
  const walk = (n: SamplingNode, caller: string) => {
    const own = nameOf(n.callFrame);
    const name = n.callFrame.url ? own : `${own} ← ${caller}`;
    by.set(name, (by.get(name) ?? 0) + n.selfSize);
    n.children.forEach((c) => walk(c, n.callFrame.url ? own : caller));
  };
  walk(head, '(root)');
  return [...by].map(([name, b]) => ({ name, mb: b / MB })).sort((a, b) => b.mb - a.mb);
}

/**
 * Starts tracing `page` (every `everyMs`); `gcEveryMs` > 0 also reads the live heap after a forced collection
 * that often (it perturbs the run: a diagnostic, not a timing). The returned function stops, writes the samples
 * (TSV) to `file` and returns them with the top allocators.
 */
export async function startMemoryTrace(
  page: Page,
  userDataDir: string,
  file: string,
  { everyMs = 250, gcEveryMs = 0, snapshotAt = 0 } = {},
): Promise<() => Promise<{ samples: TraceSample[]; top: { name: string; mb: number }[] }>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 256 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
  // The page's dedicated workers (terms, inflate): attached through this session (not flattened), asked for
  // their V8 heap by message.
  const workers = new Map<string, string>();
  const pending = new Map<number, (v: { usedSize?: number; totalSize?: number }) => void>();
  let msgId = 0;
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string; url: string } }) => {
    const name =
      e.targetInfo.url
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '') || 'worker';
    if (e.targetInfo.type === 'worker') workers.set(e.sessionId, name);
  });
  cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number; totalSize?: number } };
    if (m.id != null) pending.get(m.id)?.(m.result ?? {});
  });
  await cdp
    .send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false })
    .catch(() => undefined);
  const workerHeap = (sessionId: string) =>
    new Promise<{ usedSize?: number; totalSize?: number }>((resolve) => {
      const id = ++msgId;
      pending.set(id, resolve);
      setTimeout(() => resolve({}), 200);
      void cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        } as never)
        .catch(() => resolve({}));
    });
  const samples: TraceSample[] = [];
  const types = new Map<string, string>();
  const t0 = performance.now();
  let lastGc = t0;
  let busy = false;
  let stopped = false;
  const sample = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      let live: number | undefined;
      if (gcEveryMs > 0 && performance.now() - lastGc >= gcEveryMs) {
        lastGc = performance.now();
        await cdp.send('HeapProfiler.collectGarbage');
        live = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / MB;
      }
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      const progress = (await cdp.send('Runtime.evaluate', {
        expression: 'globalThis.__benchProgress ?? 0',
        returnByValue: true,
      })) as { result: { value: number } };
      let w = 0;
      const byWorker: string[] = [];
      for (const [s, name] of workers) {
        const h = await workerHeap(s);
        w += h.totalSize ?? 0;
        byWorker.push(`${name} ${((h.usedSize ?? 0) / MB).toFixed(0)}/${((h.totalSize ?? 0) / MB).toFixed(0)}`);
      }
      const mem = memoryOf(browserPids(userDataDir), types);
      samples.push({
        t: (performance.now() - t0) / 1000,
        rendererPss: (mem.byType?.renderer ?? 0) / MB,
        jsUsed: m.JSHeapUsedSize / MB,
        jsTotal: m.JSHeapTotalSize / MB,
        workers: w / MB,
        documents: m.Documents,
        nodes: m.Nodes,
        done: progress.result.value,
        ...(live != null && { live }),
        byWorker: byWorker.join(' '),
      });
    } catch {
      /* the page is busy closing; the next sample will tell */
    } finally {
      busy = false;
    }
  };
  // snapshotAt > 0: one heap snapshot (live objects only: it collects first) that many seconds in, written beside
  // the trace as FILE.heapsnapshot (open it in DevTools' Memory panel); it stops the page while it is taken.
  let snapped = snapshotAt <= 0;
  const snapshot = async () => {
    snapped = true;
    const chunks: string[] = [];
    const onChunk = (e: { chunk: string }) => void chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false } as never);
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    fs.writeFileSync(`${file}.heapsnapshot`, chunks.join(''));
  };
  const timer = setInterval(() => {
    if (!snapped && !busy && performance.now() - t0 >= snapshotAt * 1000) {
      busy = true;
      void snapshot().finally(() => (busy = false));
    } else void sample();
  }, everyMs);
  return async () => {
    clearInterval(timer);
    stopped = true;
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    await cdp.detach();
    const cols = [
      't',
      'done',
      'rendererPss',
      'jsUsed',
      'jsTotal',
      'workers',
      'documents',
      'nodes',
      'live',
      'byWorker',
    ] as const;
    const cell = (v: number | string | undefined) =>
      v == null ? '' : typeof v === 'string' || Number.isInteger(v) ? String(v) : v.toFixed(1);
    const tsv = [cols.join('\t'), ...samples.map((s) => cols.map((c) => cell(s[c])).join('\t'))];
    fs.writeFileSync(file, tsv.join('\n') + '\n');
    return { samples, top: allocations(profile.head) };
  };
}
