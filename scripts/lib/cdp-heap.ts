// The JS heap of any target of a browser (service worker, offscreen document) over the raw DevTools
// protocol, after a garbage collection: Playwright reaches pages only.

interface Target {
  type: string;
  url: string;
  webSocketDebuggerUrl: string;
}

/** Used JS heap (bytes) of the first target `match` picks, after a GC; null when none matches. */
export async function heapOf(cdpUrl: string, match: (t: Target) => boolean): Promise<number | null> {
  if (typeof WebSocket === 'undefined')
    throw new Error(
      "Node's WebSocket is missing: on Node 20 run with --experimental-websocket (npm run bench:* does).",
    );
  const targets = (await (await fetch(`${cdpUrl}/json/list`)).json()) as Target[];
  const t = targets.find(match);
  if (!t) return null;
  const ws = new WebSocket(t.webSocketDebuggerUrl);
  await new Promise((r, j) => ((ws.onopen = r), (ws.onerror = j)));
  let n = 0;
  const pending = new Map<number, (result: any) => void>();
  ws.onmessage = (e) => {
    const m = JSON.parse(e.data as string);
    pending.get(m.id)?.(m.result);
  };
  const send = (method: string, params = {}) =>
    new Promise<any>((r) => {
      pending.set(++n, r);
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  await send('HeapProfiler.enable');
  await send('HeapProfiler.collectGarbage');
  const usage = await send('Runtime.getHeapUsage');
  ws.close();
  return usage?.usedSize ?? null;
}
