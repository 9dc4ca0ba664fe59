// The popup's first paint with the list: opened as a tab (page loads, live rows) and as the real toolbar popup.
import { type Page } from 'playwright-core';
import { type Launched } from '../../../tests/e2e/launch';
import { openToolbarPopup } from '../../../tests/e2e/pages/popup';

export interface TabPaints {
  /** First paint with the list (ms from navigation start), one a measured open. */
  times: number[];
  /** DOMContentLoaded of each open. */
  dcl: number[];
  /** The first frame after the live rows replaced the kept picture. */
  live: number[];
  /** The last popup, left open for a heap reading. */
  page: Page;
}

/** Opens the popup page as a tab `opens` + 2 times (the first two warm the code cache) and times its first frames. */
export async function firstPaints(b: Launched, opens: number): Promise<TabPaints> {
  const out = { times: [] as number[], dcl: [] as number[], live: [] as number[] };
  for (let i = 0; ; i++) {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.waitForFunction(
      () => {
        const w = window as any;
        return (
          w.__firstList !== undefined &&
          w.__liveList !== undefined &&
          performance.getEntriesByName('first-contentful-paint').length
        );
      },
      null,
      { timeout: 30_000 },
    );
    // First paint with the list: the browser's first contentful paint when the rows were already in the
    // DOM by then (the first-screen picture), else the first frame after they arrived.
    const [t, dcl, live] = await page.evaluate(() => {
      const w = window as any;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      const shown = performance.getEntriesByName('offprint:list-shown')[0]?.startTime ?? Infinity;
      return [shown <= fcp ? fcp : w.__firstList, w.__dcl, w.__liveList] as number[];
    });
    // The first two opens warm the extension's code cache (and take the first-screen picture).
    if (i >= 2) {
      out.times.push(t);
      out.dcl.push(dcl);
      out.live.push(live);
    }
    if (i < opens + 1) await page.close();
    else return { ...out, page };
  }
}

export interface ToolbarPaints {
  /** When the list had rows in the DOM (the app's mark). */
  shown: number[];
  load: number[];
  /** The browser's first contentful paint. */
  fcp: number[];
  /** Opens whose first frame came without the list. */
  late: number;
}

/**
 * The real toolbar popup (chrome.action.openPopup over a web page), opened `n` times in each browser of
 * `bs`, alternating between them (so whatever else the machine does hits every library alike): when the
 * list has rows in the DOM (the app's mark), the load event, and the browser's first contentful paint.
 * Chrome shows an extension popup only after its load event and a resize to its content, so the paint
 * also holds the browser's own window work.
 */
export async function toolbarPopups(bs: Launched[], n: number, file = 'popup.html'): Promise<ToolbarPaints[]> {
  const runs = [];
  for (const b of bs) {
    if (file !== 'popup.html')
      await b.sw.evaluate((f) => (globalThis as any).chrome.action.setPopup({ popup: f }), file);
    const tab = await b.context.newPage();
    await tab.goto('data:text/html,<title>Some page</title><p>Some page');
    runs.push({ b, tab, out: { shown: [], load: [], fcp: [], late: 0 } as ToolbarPaints });
  }
  for (let i = 0; i < n + 2; i++) {
    for (const { b, tab, out } of i % 2 ? runs : [...runs].reverse()) {
      await tab.bringToFront();
      const { page: popup, close } = await openToolbarPopup(b.sw, b.cdpUrl!, file);
      await popup.waitForFunction(
        (f) =>
          (f !== 'popup.html' || performance.getEntriesByName('offprint:list-shown').length) &&
          performance.getEntriesByName('first-contentful-paint').length &&
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd > 0,
        file,
        { timeout: 30_000 },
      );
      const t = await popup.evaluate(() => ({
        shown: performance.getEntriesByName('offprint:list-shown')[0]?.startTime ?? NaN,
        load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
        fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      }));
      if (i >= 2) {
        for (const k of ['shown', 'load', 'fcp'] as const) out[k].push(t[k]);
        if (t.shown > t.fcp) out.late++; // the first frame came without the list
      }
      await popup.evaluate(() => window.close()).catch(() => {});
      await close();
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  for (const { b, tab } of runs) {
    await tab.close();
    if (file !== 'popup.html')
      await b.sw.evaluate(() => (globalThis as any).chrome.action.setPopup({ popup: 'popup.html' }));
  }
  return runs.map((r) => r.out);
}
