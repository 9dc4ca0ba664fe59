// A CPU profile of one page over the DevTools protocol (Profiler domain), with its self time summed by
// function: where a page's main thread spends a benchmark's phase, and how long it sat idle.
import fs from 'node:fs';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) by function, largest first, from a Profiler.stop result. */
export function selfTimes(profile: Profile): { name: string; ms: number }[] {
  const frame = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const ms = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = frame.get(id)!;
    const file = f.url.split('/').pop() || '';
    const name = `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
    ms.set(name, (ms.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...ms].map(([name, t]) => ({ name, ms: t })).sort((a, b) => b.ms - a.ms);
}

/** Starts profiling `page` (1 ms samples); the returned function stops, writes the profile to `file` and sums it. */
export async function startCpuProfile(
  page: Page,
  file: string,
): Promise<() => Promise<{ name: string; ms: number }[]>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    fs.writeFileSync(file, JSON.stringify(profile));
    await cdp.detach();
    return selfTimes(profile);
  };
}
