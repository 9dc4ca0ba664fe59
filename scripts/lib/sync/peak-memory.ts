// Peak memory of a whole browser (all processes started with its profile) while something runs, from /proc.
import fs from 'node:fs';

const cmdline = (pid: string) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return ''; // ended while read
  }
};

/** The browser's processes: every process whose command line names this profile, and their descendants. */
function browserPids(userDataDir: string): string[] {
  const flag = `--user-data-dir=${userDataDir}`;
  const parent = new Map<string, string>();
  const roots: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (cmdline(pid).includes(flag)) roots.push(pid);
    } catch {
      /* ended while read */
    }
  }
  const out = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, pp] of parent)
      if (!out.has(pid) && out.has(pp)) {
        out.add(pid);
        grew = true;
      }
  }
  return [...out];
}

/** PSS summed over the processes (bytes). */
function pssOf(pids: string[]): number {
  let pss = 0;
  for (const pid of pids) {
    try {
      pss += Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      /* ended while read */
    }
  }
  return pss;
}

/** Runs `fn` while sampling the browser's summed PSS every 200 ms; returns its result and the peak (bytes). */
export async function withPeakPss<T>(
  userDataDir: string,
  fn: () => Promise<T>,
): Promise<{ result: T; peakPss: number }> {
  let peak = 0;
  let pids = browserPids(userDataDir);
  let n = 0;
  const sample = () => {
    if (++n % 10 === 0) pids = browserPids(userDataDir); // renderers come and go
    peak = Math.max(peak, pssOf(pids));
  };
  sample();
  const timer = setInterval(sample, 200);
  try {
    const result = await fn();
    sample();
    return { result, peakPss: peak };
  } finally {
    clearInterval(timer);
  }
}
