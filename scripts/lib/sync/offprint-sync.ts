// bench:sync's Offprint measures, in real Chromium with the e2e build and a local pouchdb-server:
// (a) the first sync of the benchmark library from profile A to an empty profile B, until the last article is
// listed on B's library page and found by search there; (b) one save in A until it is listed on B's open library
// page, over 20 saves.
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../../../tests/e2e/launch';
import type { CouchServer } from '../../../tests/helpers/couch/couch-server';
import { hasBenchImages } from '../../../test-hooks/bench-sync-images';
import { sampleMemory } from '../browser-memory';
import type { PhaseFigures, SyncRunOptions } from './pouchdb-baseline';
import { saveLine, SLOW_SAVE_MS, slowSaveLines, traceOf, type SaveTrace } from './save-trace';

/** Where sync's time went in one profile's background (utils/sync/sync-timings.ts). */
export interface SyncTimings {
  phases: Record<string, { ms: number; calls: number; items: number }>;
  marks: Record<string, number>;
}

export interface OffprintFigures {
  /** A: Turn on sync until the server holds the whole library (keys, encryption, upload). */
  push: PhaseFigures;
  /** B (empty): Turn on sync until the last article is listed and found by search. */
  pull: PhaseFigures;
  /** One save in A until listed on B's open library page (ms each). */
  saves: number[];
  /** Each save's way from A to B (both backgrounds' sync events). */
  traces: SaveTrace[];
  /** Per phase, A's background until the server held the library, B's until the last article was found. */
  timings: { a: SyncTimings | null; b: SyncTimings | null };
}

/** The phase timings of a profile's background (null when its service worker does not answer). */
async function timingsOf(app: Launched): Promise<SyncTimings | null> {
  const sw = app.context.serviceWorkers().at(-1) ?? app.sw;
  return sw.evaluate(() => (globalThis as any).__offprintSyncTimings?.() ?? null).catch(() => null);
}

/** The timings as lines for the log: phase, wall time, calls, items. */
export function timingLines(t: SyncTimings | null): string[] {
  if (!t) return ['(no timings)'];
  const marks = Object.entries(t.marks).map(([k, v]) => `${k} at ${(v / 1000).toFixed(2)} s`);
  return [
    `moments: ${marks.join(', ')}`,
    ...Object.entries(t.phases)
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([k, v]) => `${k.padEnd(22)} ${(v.ms / 1000).toFixed(2).padStart(7)} s  ${v.calls} calls  ${v.items} items`),
  ];
}

const USER = { name: 'bench', password: 'bench-password' };
const PASSPHRASE = 'correct horse battery staple, for the benchmark';

type Status = { state: string; pending: number; lastError: { message: string } | null; firstSyncDone: boolean };

async function send<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(([t, d]) => (globalThis as any).chrome.runtime.sendMessage({ type: t, data: d }), [
    type,
    data,
  ] as const);
  if (!reply?.ok) throw new Error(`${type}: ${reply?.message ?? 'no answer'}`);
  return reply as T;
}
const status = async (page: Page) => (await send<{ status: Status }>(page, 'sync:status', null)).status;

/** Article `i` of the benchmark library, made in the page (the generator imports the app's storage). */
const benchArticle = (page: Page, i: number) =>
  page.evaluate((k) => (globalThis as any).__offprint.benchArticle((globalThis as any).__corpus, k), i) as Promise<{
    article: { url: string; title: string; textContent: string };
    status: string;
  }>;

async function openPage(app: Launched, path: string): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.extensionId}/${path}`);
  await page.waitForFunction(() => !!(globalThis as any).__offprint, null, { timeout: 60_000 });
  return page;
}

/**
 * Polls `check` every `ms` until it returns true; throws after `limitMs`. A check that fails (the server closed
 * a kept-alive connection under load, "other side closed") counts as not yet.
 */
async function until(what: string, check: () => Promise<boolean>, limitMs: number, ms = 500): Promise<void> {
  const end = Date.now() + limitMs;
  const tryCheck = () =>
    check().catch((e: unknown) => {
      console.error(`[bench:sync] checking ${what} failed (tried again): ${(e as Error).message}`);
      return false;
    });
  while (!(await tryCheck())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, ms));
  }
}

export async function runOffprint(opts: SyncRunOptions & { server: CouchServer }): Promise<OffprintFigures> {
  const { server, corpus, n, log } = opts;
  // An account on the server (pouchdb-server refuses unknown names) and an empty database.
  const user = await fetch(`${server.url}_users/org.couchdb.user:${USER.name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: USER.name, password: USER.password, roles: [], type: 'user' }),
  });
  if (user.status >= 300 && user.status !== 409) throw new Error(`creating the bench user: ${user.status}`);
  const dbUrl = await server.createDb('bench-offprint');
  const cfg = { url: dbUrl, username: USER.name, password: USER.password, passphrase: PASSPHRASE };
  let expectedDocs = 1; // the library document
  for (let i = 0; i < n; i++) expectedDocs += hasBenchImages(i) ? 2 : 1;
  const serverDocs = async () => ((await (await fetch(dbUrl)).json()) as { doc_count: number }).doc_count;

  const a = await launch({ extensionDir: opts.extensionDir });
  let b: Launched | null = null;
  try {
    // Profile A: the library (untimed), through the app's own saveArticle, with the images.
    const pa = await openPage(a, 'library.html?bench');
    await pa.evaluate((c) => ((globalThis as any).__corpus = c), corpus);
    const t0 = Date.now();
    for (let from = 0; from < n; from += 500) {
      const to = Math.min(n, from + 500);
      await pa.evaluate(
        async ([f, t]) => {
          const o = (globalThis as any).__offprint;
          await o.seedLibrary((globalThis as any).__corpus, f, t);
          await o.seedBenchImages(f, t);
        },
        [from, to],
      );
      log(`offprint: seeded ${to} / ${n} articles in A (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
    // A library in use had its search index compacted long before sync is turned on: so has A's (untimed;
    // else the compaction of the freshly seeded library would run during the measure).
    await pa.evaluate(() => {
      const o = (globalThis as any).__offprint;
      return o.compactSearchIndex(o.getDb(), 500);
    });

    // (a) A: Turn on sync; done when the server holds every document and A has nothing waiting.
    const pushRun = await sampleMemory(a.userDataDir, async () => {
      await send(pa, 'sync:enable', cfg);
      let last = 0;
      await until(
        'A to upload the library',
        async () => {
          const [docs, st] = await Promise.all([serverDocs(), status(pa)]);
          if (st.lastError) log(`offprint: A: ${st.lastError.message}`);
          if (docs - last >= Math.max(100, n / 10) || docs === expectedDocs)
            log(`offprint: server holds ${(last = docs)} documents`);
          return docs === expectedDocs && st.pending === 0 && st.state !== 'syncing';
        },
        4 * 3600_000,
        1000,
      );
    });
    const push = { ms: pushRun.ms, docs: expectedDocs, peakPss: pushRun.peak.pss };
    log(`offprint: A → server in ${(push.ms / 1000).toFixed(1)} s`);
    const timingsA = await timingsOf(a);
    for (const line of timingLines(timingsA)) log(`offprint: A: ${line}`);

    // (a) B: empty, its library page open; Turn on sync until the last article is listed and found by search.
    b = await launch({ extensionDir: opts.extensionDir });
    const pb = await openPage(b, 'library.html');
    const lastIndex = n - 1;
    const last = await benchArticle(pa, lastIndex);
    // The library opens on Unread, newest first: the newest unread article is the one at the top of the list.
    let top = lastIndex;
    while (top > 0 && (await benchArticle(pa, top)).status !== 'unread') top--;
    const topTitle = (await benchArticle(pa, top)).article.title;
    const probe = last.article.textContent.split(/\s+/).slice(5, 12).join(' ');
    const pullRun = await sampleMemory(b.userDataDir, async () => {
      const t0 = Date.now();
      await send(pb, 'sync:enable', cfg);
      let seen = 0;
      const firsts: Record<string, number> = {};
      const first = (what: string, yes: boolean) => {
        if (yes && firsts[what] == null)
          log(`offprint: B: ${what} after ${((firsts[what] = Date.now() - t0) / 1000).toFixed(1)} s`);
      };
      await until(
        'B to list and find the last article',
        async () => {
          const got = await pb.evaluate(
            async ([url, phrase, title]) => {
              const o = (globalThis as any).__offprint;
              const db = o.getDb();
              const count = await db.articles.count();
              const row = await db.articles.where('url').equals(url).first();
              if (!row) return { count, found: false, listed: false };
              const { ids } = await o.searchArticles(`"${phrase}"`, 'all', 'newest');
              return { count, found: ids.includes(row.id), listed: document.body.innerText.includes(title) };
            },
            [last.article.url, probe, topTitle] as const,
          );
          if (got.count - seen >= Math.max(100, n / 10)) log(`offprint: B holds ${(seen = got.count)} articles`);
          first('all articles in', got.count === n);
          first('the last article found', got.found);
          first('the newest listed', got.listed);
          return got.count === n && got.found && got.listed;
        },
        4 * 3600_000,
        250,
      );
    });
    const pull = { ms: pullRun.ms, docs: n, peakPss: pullRun.peak.pss };
    log(`offprint: server → B (listed and found) in ${(pull.ms / 1000).toFixed(1)} s`);
    const timingsB = await timingsOf(b);
    for (const line of timingLines(timingsB)) log(`offprint: B: ${line}`);
    const st = await status(pb);
    if (st.lastError) throw new Error(`B ended with an error: ${st.lastError.message}`);

    // (b) One save in A until listed on B's open library page.
    const saves: number[] = [];
    const traces: SaveTrace[] = [];
    for (let k = 0; k < 20; k++) {
      const { article } = await benchArticle(pa, n + k);
      const title = `Latency check ${k} ${Math.random().toString(36).slice(2, 8)}`;
      const t = Date.now();
      await pa.evaluate((art) => (globalThis as any).__offprint.saveArticle(art), { ...article, title });
      const committedAt = Date.now();
      await pb.waitForFunction((tt) => document.body.innerText.includes(tt), title, { timeout: 120_000, polling: 50 });
      const listedAt = Date.now();
      saves.push(listedAt - t);
      const trace = {
        ms: listedAt - t,
        startedAt: t,
        committedAt,
        listedAt,
        a: await traceOf(a, t),
        b: await traceOf(b, t),
      };
      traces.push(trace);
      log(`offprint: ${saveLine(k, trace)}`);
      if (trace.ms >= SLOW_SAVE_MS) for (const line of slowSaveLines(k, trace)) log(`offprint: ${line}`);
    }
    for (const [who, app] of [
      ['A', a],
      ['B', b],
    ] as const)
      for (const line of timingLines(await timingsOf(app))) log(`offprint: after (b), ${who}: ${line}`);
    return { push, pull, saves, traces, timings: { a: timingsA, b: timingsB } };
  } finally {
    await a.close();
    await b?.close();
  }
}
