// The memory of a whole browser (all its processes: browser, renderers, GPU, utility), read from /proc
// (Linux): RSS and PSS summed, not only a JS heap.
import fs from 'node:fs';

export interface Memory {
  rss: number;
  pss: number;
  procs: number;
  /** PSS by kind of process (`browser`, `renderer`, `gpu-process`, `utility`…), summed (bytes). */
  byType?: Record<string, number>;
}

/** The process's `--type=` (a browser's main process has none). */
const processType = (pid: string) => {
  try {
    return /--type=([\w-]+)/.exec(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
  } catch {
    return 'gone';
  }
};

const cmdlineHas = (pid: string, flag: string) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(flag);
  } catch {
    return false; // the process ended while it was read
  }
};

/** PIDs of the browser started with this profile and all its descendants (renderers, GPU, utility…). */
export function browserPids(userDataDir: string): string[] {
  const flag = `--user-data-dir=${userDataDir}`;
  const parent = new Map<string, string>();
  let root: string | null = null;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!root && cmdlineHas(pid, flag)) root = pid;
    } catch {
      /* the process ended while it was read */
    }
  }
  if (!root) return [];
  // The first match may be a child that also got the flag; climb to the topmost one.
  for (let p = parent.get(root); p && cmdlineHas(p, flag); p = parent.get(p)) root = p;
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, pp] of parent) if (pp === out[i]) out.push(pid);
  return out;
}

/** RSS and PSS summed over the processes (bytes). */
export function memoryOf(pids: string[], types?: Map<string, string>): Memory {
  let rss = 0,
    pss = 0;
  const byType: Record<string, number> = {};
  for (const pid of pids) {
    try {
      const r = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(r)?.[1] ?? 0) * 1024;
      const p = Number(/^Pss:\s+(\d+)/m.exec(r)?.[1] ?? 0) * 1024;
      pss += p;
      if (types) {
        const t = types.get(pid) ?? processType(pid);
        types.set(pid, t);
        byType[t] = (byType[t] ?? 0) + p;
      }
    } catch {
      /* the process ended while it was read */
    }
  }
  return { rss, pss, procs: pids.length, ...(types && { byType }) };
}

/**
 * Samples the browser's memory every 100 ms while `fn` runs; returns fn's result, its time, the peaks and when
 * the PSS peak came (ms from the start). `series` (when given) gets every sample: its time, PSS, PSS by process kind.
 */
export async function sampleMemory<T>(
  userDataDir: string,
  fn: () => Promise<T>,
  series?: { ms: number; pss: number; byType: Record<string, number> }[],
): Promise<{ result: T; ms: number; peak: Memory; peakMs: number }> {
  let peak: Memory = { rss: 0, pss: 0, procs: 0 };
  let peakMs = 0;
  const t = performance.now();
  let pids = browserPids(userDataDir);
  const types = new Map<string, string>();
  let n = 0;
  const timer = setInterval(() => {
    if (++n % 10 === 0) pids = browserPids(userDataDir); // renderers come and go
    const m = memoryOf(pids, types);
    series?.push({ ms: performance.now() - t, pss: m.pss, byType: m.byType ?? {} });
    if (m.rss > peak.rss) peak = { ...peak, rss: m.rss, procs: m.procs };
    if (m.pss > peak.pss) {
      peak = { ...peak, pss: m.pss, byType: m.byType }; // which processes hold the peak
      peakMs = performance.now() - t; // and when
    }
  }, 100);
  try {
    const result = await fn();
    return { result, ms: performance.now() - t, peak, peakMs };
  } finally {
    clearInterval(timer);
  }
}
