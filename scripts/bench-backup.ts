// `npm run bench:backup`: full backup and restore of a 10,000-article library (images for 1,000 of
// them) in real Chromium with real IndexedDB, with the peak memory of ALL the browser's processes
// (RSS and PSS summed from /proc, sampled every 100 ms), not only the JS heap. Baseline in the same run:
// a plain read of every table a page at a time (for export) and a plain write of those rows into a
// scratch database (for restore), no zip and no validation. Writes the table to docs/backup.md.
// `npm run bench:backup -- --quick` checks it works in a minute or two; `-- --help` lists the options.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { CHROMIUM, launch } from '../tests/e2e/launch';
import { openOptions } from '../tests/e2e/pages/options';
import { benchArgs } from './lib/bench-args';
import { loadCorpus } from './lib/bench-corpus';
import { benchExtension } from './lib/bench-extension';
import { machineLoad, markdownTable, recordInDocs, runTime } from './lib/bench-report';
import { browserPids, memoryOf, sampleMemory, type Memory } from './lib/browser-memory';
import { runScript } from './lib/run-script';
import { startCpuProfile } from './lib/cpu-profile';
import { startMemoryTrace } from './lib/memory-trace';
import { largestAllocators, startMemoryDumps } from './lib/memory-dumps';

const args = benchArgs(
  'npm run bench:backup [-- options]: backup and restore of a seeded library in real Chromium, with peak memory.',
  {
    n: { help: 'articles in the library (images for 1 in 10)', full: 10_000, quick: 100, env: 'BENCH_N' },
    images: { help: 'images per imaged article', full: 2, quick: 2, env: 'BENCH_IMAGES' },
    restores: {
      help: 'measured restores, each in a restarted browser (the table gives each, their median and max)',
      full: 3,
      quick: 1,
      env: 'BENCH_RESTORES',
    },
  },
  { data: 'text to recombine into articles (default bench/data/scrapinghub; or a WCXB-style folder)', build: true },
);
const { n: N, images: IMAGES, restores: RESTORES } = args.n;
const log = (...a: unknown[]) => console.error('[bench:backup]', ...a);
const mb = (x: number) => `${(x / 1048576).toFixed(0)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** The median of some numbers (the mean of the middle two for an even count) and their largest. */
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, max: s[s.length - 1] };
};

/** PSS by kind of process, idle → peak ("renderer 300 → 900 MB, browser 200 → 700 MB"), largest rise first. */
const byTypeChange = (idle: Memory, peak: Memory) =>
  Object.keys({ ...idle.byType, ...peak.byType })
    .map((t) => ({ t, from: idle.byType?.[t] ?? 0, to: peak.byType?.[t] ?? 0 }))
    .sort((a, b) => b.to - b.from - (a.to - a.from))
    .map(({ t, from, to }) => `${t} ${mb(from)} → ${mb(to)}`)
    .join(', ');
/** A restore's memory samples as TSV: ms, PSS over idle, then each process kind's PSS over its idle (MB). */
const writeSeries = (file: string, series: NonNullable<Parameters<typeof sampleMemory>[2]>, idle: Memory) => {
  const kinds = [...new Set(series.flatMap((s) => Object.keys(s.byType)))].sort();
  const over = (x: number, base: number) => ((x - base) / 1048576).toFixed(1);
  const rows = series.map((s) =>
    [
      (s.ms / 1000).toFixed(1),
      over(s.pss, idle.pss),
      ...kinds.map((k) => over(s.byType[k] ?? 0, idle.byType?.[k] ?? 0)),
    ].join('\t'),
  );
  fs.writeFileSync(file, [['s', 'total', ...kinds].join('\t'), ...rows].join('\n') + '\n');
};
/** Collects garbage in the page's renderer (every extension page and the closed seeder share its heap). */
const collectGarbage = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
};
/** The JS heap that is still live: read after a collection (before it, the figure was mostly garbage). */
const heap = async (page: Page) => {
  await collectGarbage(page);
  return page.evaluate(() => (performance as any).memory?.usedJSHeapSize ?? null);
};

async function main() {
  const { docs } = loadCorpus(args.data); // before the build: a wrong --data fails at once
  const extensionDir = benchExtension('bench-backup-extension', args.build);
  const extraArgs = ['--enable-precise-memory-info'];
  // The profile outlives one browser: the restore runs in the same profile, restarted (below).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-bench-backup-'));
  let b = await launch({ userDataDir: dir, extensionDir, extraArgs });
  try {
    const seeder = await openOptions(b.context, b.extensionId);
    await seeder.evaluate((c) => ((globalThis as any).__corpus = c), docs);
    log(`seeding ${N} articles (images for ${Math.ceil(N / 10)}, ${IMAGES} each) from ${docs.length} real articles…`);
    const t0 = performance.now();
    for (let i = 0; i < N; i += 250) {
      await seeder.evaluate(
        ([a, z, k]) => (globalThis as any).__offprintData.seedBackupBench((globalThis as any).__corpus, a, z, k),
        [i, Math.min(N, i + 250), IMAGES],
      );
      if (i % 2000 === 0) log(`  ${i} / ${N}`);
    }
    const lib = await seeder.evaluate(async () => {
      const db = (globalThis as any).__offprintData.getDb();
      const images: { bytes: number }[] = await db.images.toArray();
      return {
        articles: (await db.articles.count()) as number,
        images: images.length,
        imageBytes: images.reduce((s, im) => s + im.bytes, 0),
        usage: (await navigator.storage.estimate()).usage ?? 0,
      };
    });
    log(`seeded in ${sec(performance.now() - t0)}: ${JSON.stringify(lib)}`);
    // A library at rest: the seeded rows are merged into the search index first (as the background would
    // long before anyone backs up), so that work is not timed as part of the baseline or the export. In
    // large chunks here: the background's short ones would take minutes for a big library.
    const t1 = performance.now();
    await seeder.evaluate(() => (globalThis as any).__offprintData.compactIndex(2000));
    while ((await seeder.evaluate(() => (globalThis as any).__offprintData.pendingTerms())) > 0)
      await new Promise((r) => setTimeout(r, 1000));
    log(`search index compacted in ${sec(performance.now() - t1)}`);
    // Idle is a library at rest in a browser that has not just seeded it: the seeding page (its copy of the
    // corpus and the garbage of 10,000 writes) is closed and a fresh options page opened, as a user's would be.
    // Measured in the seeding page, idle came out above the restore's own peak (2026-12-01: "+-48 MB").
    await seeder.close();
    let page = await openOptions(b.context, b.extensionId);
    await collectGarbage(page);
    await new Promise((r) => setTimeout(r, 3000));
    const idle = memoryOf(browserPids(dir), new Map());

    const base = await sampleMemory(dir, () =>
      page.evaluate(
        () =>
          (globalThis as any).__offprintData.copyBaseline() as Promise<{
            readMs: number;
            writeMs: number;
            steps: Record<string, number>;
          }>,
      ),
    );
    const baseSteps = Object.entries(base.result.steps)
      .map(([k, ms]) => `${k} ${sec(ms)}`)
      .join(', ');
    log(`baseline: read ${sec(base.result.readMs)}, write ${sec(base.result.writeMs)} (${baseSteps})`);
    const exp = await sampleMemory(dir, () =>
      page.evaluate(async () => {
        const { blob, manifest } = await (globalThis as any).__offprintData.exportBackup();
        (globalThis as any).__backup = blob;
        return {
          bytes: blob.size as number,
          counts: manifest.counts,
          heap: (performance as any).memory?.usedJSHeapSize ?? null,
        };
      }),
    );
    log(`export: ${sec(exp.ms)}, ${mb(exp.result.bytes)}`);
    const expHeap = await heap(page);
    // A user restores from a file on disk, picked in the options page's file input (a File backed by the
    // disk, read a slice at a time). The exported archive is saved to disk (downloaded, as the user's export
    // is) and handed to the restore the same way, so the page no longer holds it in memory as a Blob.
    const zipPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-backup-')), 'offprint-backup.zip');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => {
        const a = document.createElement('a');
        a.href = (globalThis as any).__backupUrl = URL.createObjectURL((globalThis as any).__backup);
        a.download = 'offprint-backup.zip';
        a.click();
      }),
    ]);
    await download.saveAs(zipPath);
    await page.evaluate(() => {
      URL.revokeObjectURL((globalThis as any).__backupUrl);
      delete (globalThis as any).__backup;
    });
    await pickFile(page, zipPath);
    await collectGarbage(page); // the dropped Blob goes now, not at some later moment
    log(`archive saved to ${zipPath} (${mb(fs.statSync(zipPath).size)}); the restore reads it from disk`);
    // The restore ends when a search finds the last restored article (the user's "is it all back?"): that
    // article itself, found by a word of its text and its title; other articles in the result do not count.
    const probe = await page.evaluate(async () => {
      const db = (globalThis as any).__offprintData.getDb();
      const last = await db.articles.orderBy('id').last();
      const text: string = (await db.contents.get(last.id))?.text ?? '';
      const words = text.toLowerCase().match(/[a-z]{7,}/g) ?? [];
      return { url: last.url as string, query: `${words[words.length - 1] ?? 'the'} ${JSON.stringify(last.title)}` };
    });
    // One restore into the emptied library, timed until the search finds the last article; `articles` bounds
    // its write transactions (the restore's default when not given).
    const restore = async (
      batch?: { articles?: number; bytes?: number; keep?: number },
      trace?: () => Promise<unknown>,
      unsanitized = false,
      series?: Parameters<typeof sampleMemory>[2],
    ) => {
      await page.evaluate(() => (globalThis as any).__offprintData.wipe());
      // Emptying the library leaves the page's garbage (at 10,000 articles the renderer held 300 MB of JS heap and
      // 700 MB more of PSS when the wipe returned, collected in the restore's first second): the restore's peak is
      // measured from a collected heap, as idle is, so that it is the restore's own.
      await collectGarbage(page);
      await new Promise((r) => setTimeout(r, 1000));
      await trace?.();
      return sampleMemory(
        dir,
        () =>
          page.evaluate(
            async ({ p, batch }) => {
              const h = (globalThis as any).__offprintData;
              const timings: Record<string, number> = {};
              const file = (document.querySelector('#bench-restore-file') as HTMLInputElement).files![0];
              const s = await h.restoreBackup(file, 'merge', {
                writeSettings: async () => {},
                // Articles done in this pass (the check pass, then the write pass): BENCH_MEMORY_TRACE reads it.
                onProgress: (done: number) => ((globalThis as any).__benchProgress = done),
                timings,
                ...(batch && { batch: { articles: batch.articles, bytes: batch.bytes } }),
                ...(batch?.keep !== undefined && { keepPages: batch.keep }),
                ...(p.indexEvery && { indexEvery: p.indexEvery }),
                ...(p.unsanitized && { prepareHtml: (html: string) => html }),
              });
              const searchMs: number = await h.searchUntilFound(p.query, p.url);
              return { added: s.added, skipped: s.skipped.length, searchMs, timings };
            },
            { p: { ...probe, indexEvery: Number(process.env.BENCH_INDEX_EVERY) || 0, unsanitized }, batch },
          ),
        series,
      );
    };
    // BENCH_PAGE_WRITES=1: first a restore that writes one backup page per transaction (as it did before
    // session 20, 2026-11-30; the rest as now), in the same run, for comparison.
    // (A bound of 1 article: each page's rows are written as soon as the page is read.)
    const pageWrites = process.env.BENCH_PAGE_WRITES ? await restore({ articles: 1 }) : null;
    // BENCH_BATCH=ARTICLES:MB: first a restore with write transactions of at most ARTICLES articles and MB megabytes
    // (the defaults: WRITE_ARTICLES, WRITE_BYTES), in the same browser, for comparison.
    const batchArg = process.env.BENCH_BATCH?.split(':').map(Number);
    if (batchArg) {
      const other = await restore({ articles: batchArg[0], bytes: batchArg[1] * 1048576 });
      log(
        `restore with batches of ${batchArg[0]} articles / ${batchArg[1]} MB: ${sec(other.ms)}, ` +
          `peak ${mb(other.peak.pss)} PSS (${byTypeChange(idle, other.peak)}) at ${sec(other.peakMs)}, ` +
          JSON.stringify(other.result),
      );
    }
    // BENCH_UNSANITIZED=1: first a restore that does not sanitize (a diagnostic of this benchmark's own HTML, never
    // the app's behaviour): how much of the restore's peak and time is DOMPurify's.
    if (process.env.BENCH_UNSANITIZED) {
      const other = await restore(undefined, undefined, true);
      log(
        `restore without sanitizing (diagnostic): ${sec(other.ms)}, peak ${mb(other.peak.pss)} PSS ` +
          `(${byTypeChange(idle, other.peak)}) at ${sec(other.peakMs)}, ${JSON.stringify(other.result)}`,
      );
    }
    if (pageWrites)
      log(`restore, one page per transaction: ${sec(pageWrites.ms)}, ${JSON.stringify(pageWrites.result)}`);
    // BENCH_CPU_PROFILE=FILE: a CPU profile of the options page during the restore (open it in DevTools);
    // the functions with the most self time are printed.
    const profiled = process.env.BENCH_CPU_PROFILE;
    // BENCH_MEMORY_TRACE=FILE: what the options page's renderer holds during the restore (TSV every 250 ms: its
    // PSS, the page's JS heap used / reserved, its workers' heaps, documents, DOM nodes) and who allocates;
    // BENCH_MEMORY_TRACE_GC=MS adds the live heap after a forced collection every MS (perturbs the timing).
    const traced = process.env.BENCH_MEMORY_TRACE;
    // BENCH_MEMORY_DUMPS=1: Chromium's memory-infra dumps every 3 s (V8, Oilpan, PartitionAlloc's partitions…);
    // the allocators of the largest one are printed, beside the same process's first dump.
    const dumped = process.env.BENCH_MEMORY_DUMPS;
    const trace: {
      stop?: Awaited<ReturnType<typeof startMemoryTrace>>;
      dumps?: Awaited<ReturnType<typeof startMemoryDumps>>;
      profile?: Awaited<ReturnType<typeof startCpuProfile>>;
    } = {};
    // BENCH_MEMORY_TRACE_ALL=1: the trace covers every measured restore (FILE.N), not only the first.
    const traceAll = !!process.env.BENCH_MEMORY_TRACE_ALL && !!traced;
    let traceFile = traced ?? '';
    const startTrace = async () => {
      const gcEveryMs = Number(process.env.BENCH_MEMORY_TRACE_GC) || 0;
      // BENCH_HEAP_SNAPSHOT=S: with the trace, a heap snapshot (live objects) S seconds into the restore.
      const snapshotAt = Number(process.env.BENCH_HEAP_SNAPSHOT) || 0;
      if (traced) trace.stop = await startMemoryTrace(page, dir, traceFile, { gcEveryMs, snapshotAt });
      if (dumped) trace.dumps = await startMemoryDumps(page);
      // Started here, in the restarted browser's page (until session 28 in the seeding browser's, closed before).
      if (profiled) trace.profile = await startCpuProfile(page, profiled);
    };
    // What BENCH_MEMORY_DUMPS, BENCH_MEMORY_TRACE and BENCH_CPU_PROFILE found in the first measured restore.
    const afterFirst = async () => {
      if (trace.dumps) {
        const dumps = await trace.dumps();
        const top = dumps.reduce((a, d) => (d.footprint > a.footprint ? d : a), dumps[0]);
        const first = dumps.find((d) => d.pid === top.pid)!;
        const at = (d: typeof top) => `${((d.ts - first.ts) / 1e6).toFixed(1)} s`;
        log(
          `memory dumps: ${dumps.length}; the largest, process ${top.pid} at ${at(top)}: ${mb(top.footprint)} private`,
        );
        log(`  ${largestAllocators(top).join(', ')}`);
        log(`  its first (${at(first)}): ${mb(first.footprint)}: ${largestAllocators(first).join(', ')}`);
      }
      if (trace.stop) {
        const { samples, top } = await trace.stop();
        const at = samples.reduce((a, s) => (s.rendererPss > a.rendererPss ? s : a), samples[0]);
        const max = (k: 'jsUsed' | 'jsTotal' | 'workers' | 'documents' | 'nodes' | 'live') =>
          Math.max(...samples.map((s) => s[k] ?? 0)).toFixed(0);
        log(
          `memory trace (${samples.length} samples) written to ${traceFile}; ` +
            `at the renderer's peak: ${JSON.stringify(at)}`,
        );
        log(`  maxima: JS used ${max('jsUsed')} MB, JS reserved ${max('jsTotal')} MB, workers ${max('workers')} MB,`);
        log(`  documents ${max('documents')}, nodes ${max('nodes')}, live after GC ${max('live')} MB`);
        log('V8 allocations during the restore by function (sampled, collected objects included):');
        for (const f of top.slice(0, 30)) log(`  ${f.mb.toFixed(0).padStart(6)} MB  ${f.name}`);
      }
      if (trace.profile) {
        const top = await trace.profile();
        const total = top.reduce((sum, f) => sum + f.ms, 0);
        log(`CPU profile of the options page during the restore (${sec(total)} sampled) written to ${profiled}:`);
        for (const f of top.slice(0, 40))
          log(`  ${sec(f.ms).padStart(8)} ${((100 * f.ms) / total).toFixed(1)}%  ${f.name}`);
      }
    };
    // The restore that is measured runs as a user's on a new computer: the browser just started, the library
    // empty, the options page open. Until session 25 it ran in the browser that had seeded, copied and exported
    // 10,000 articles, whose renderer kept hundreds of MB its allocators had freed but not given back (its idle
    // read 206–841 MB between runs of the same code), so "peak over idle" moved by hundreds of MB either way.
    // It runs RESTORES times, each in a restarted browser with the library emptied: the same code's peak moved
    // from +348 to +1,026 MB between two runs (session 27), so one run says little (session 28).
    const runs: {
      res: Awaited<ReturnType<typeof restore>>;
      idle: Memory;
    }[] = [];
    // BENCH_VARIANTS=ARTICLES:MB:KEEP_MB,… (session 34): the measured restores take these bounds in turn (write
    // batch articles and megabytes, KEEP_PAGE_BYTES in megabytes; `-` keeps a default), each in a restarted browser,
    // so that bounds are compared in one run and moment; each variant's median is printed and docs/ is not written.
    const variants = (process.env.BENCH_VARIANTS?.split(',') ?? []).map((v) => {
      const [articles, bytes, keep] = v.split(':').map((x) => (x === '-' || x === undefined ? undefined : Number(x)));
      return { name: v, bounds: { articles, bytes: bytes && bytes * 1048576, keep: keep && keep * 1048576 } };
    });
    const variantOf = (k: number) => (variants.length ? variants[k % variants.length] : undefined);
    for (let k = 0; k < RESTORES; k++) {
      await page.evaluate(() => (globalThis as any).__offprintData.wipe());
      await b.close();
      b = await launch({ userDataDir: dir, extensionDir, extraArgs });
      page = await openOptions(b.context, b.extensionId);
      await pickFile(page, zipPath);
      await collectGarbage(page);
      await new Promise((r) => setTimeout(r, 3000));
      const restoreIdle = memoryOf(browserPids(dir), new Map());
      log(
        `browser restarted for restore ${k + 1} / ${RESTORES}: idle ${mb(restoreIdle.pss)} PSS ` +
          `(${restoreIdle.procs} processes)`,
      );
      // Traces, dumps and profiles cover the first measured restore only. BENCH_MEMORY_SERIES=FILE: every measured
      // restore's PSS by process kind over its idle, every 100 ms (FILE.N.tsv: ms, total, then each kind).
      const series: Parameters<typeof sampleMemory>[2] = process.env.BENCH_MEMORY_SERIES ? [] : undefined;
      if (traceAll) traceFile = `${traced}.${k + 1}`;
      const res = await restore(
        variantOf(k)?.bounds,
        (k === 0 && (traced || dumped || profiled)) || traceAll ? startTrace : undefined,
        false,
        series,
      );
      if (series) writeSeries(`${process.env.BENCH_MEMORY_SERIES}.${k + 1}.tsv`, series, restoreIdle);
      const after = await page.evaluate(async () => {
        const db = (globalThis as any).__offprintData.getDb();
        return {
          articles: (await db.articles.count()) as number,
          images: (await db.images.count()) as number,
          originals: (await db.originals.count()) as number,
        };
      });
      if (after.articles !== lib.articles || after.images !== lib.images)
        throw new Error(`restore ${k + 1} lost data: ${JSON.stringify(after)} vs ${JSON.stringify(lib)}`);
      log(
        `restore ${k + 1}${variantOf(k) ? ` (${variantOf(k)!.name})` : ''}: ${sec(res.ms)} = ` +
          `${(res.ms / base.result.writeMs).toFixed(2)}× the plain write, peak ` +
          `+${mb(res.peak.pss - restoreIdle.pss)} PSS over idle at ${sec(res.peakMs)} ` +
          `(${byTypeChange(restoreIdle, res.peak)}), ${JSON.stringify(res.result)}`,
      );
      runs.push({ res, idle: restoreIdle });
      if (k === 0 || traceAll) await afterFirst();
    }
    fs.rmSync(path.dirname(zipPath), { recursive: true, force: true });
    for (const [i, v] of variants.entries()) {
      const mine = runs.filter((_x, k) => k % variants.length === i);
      const r = spread(mine.map((x) => x.res.ms / base.result.writeMs));
      const peaks = mine.map((x) => x.res.peak.pss - x.idle.pss);
      const p = spread(peaks);
      log(
        `variant ${v.name}: ${mine.length} runs, × plain write median ${r.median.toFixed(2)} / ` +
          `max ${r.max.toFixed(2)}, peak median +${mb(p.median)} / max +${mb(p.max)} ` +
          `(runs ${peaks.map((x) => `+${mb(x)}`).join(', ')})`,
      );
    }
    // The run whose time is the median (the lower middle one of an even count) shows its phases and processes.
    const byTime = [...runs].sort((x, y) => x.res.ms - y.res.ms);
    const { res, idle: restoreIdle } = byTime[(byTime.length - 1) >> 1];
    const times = spread(runs.map((x) => x.res.ms));
    const ratios = spread(runs.map((x) => x.res.ms / base.result.writeMs));
    const peaks = spread(runs.map((x) => x.res.peak.pss - x.idle.pss));
    const resHeap = await heap(page);

    const rows = [
      [
        'library',
        `${lib.articles.toLocaleString('en')} articles (real text, gzipped originals), ` +
          `${lib.images.toLocaleString('en')} images (${mb(lib.imageBytes)}); IndexedDB usage ${mb(lib.usage)}`,
        '',
      ],
      ['baseline: plain read of every table, page by page', sec(base.result.readMs), 'baseline'],
      [
        'full backup (export to .zip Blob)',
        `${sec(exp.ms)} → ${mb(exp.result.bytes)} zip`,
        `${(exp.ms / base.result.readMs).toFixed(1)}× baseline read`,
      ],
      [
        'baseline: plain write of the same rows to a scratch DB (one bulkPut per table per 2,000-article transaction)',
        sec(base.result.writeMs),
        'baseline',
      ],
      [
        "… of which, each table's bulkPut answered (from its transaction's start, added over the transactions)",
        baseSteps,
        '',
      ],
      [
        `restore (validate all, sanitize, write, until a search finds the last article), ${runs.length} run` +
          `${runs.length === 1 ? '' : 's'}, each in a restarted browser with the library emptied: median / max`,
        `${sec(times.median)} / ${sec(times.max)}`,
        `${ratios.median.toFixed(2)}× / ${ratios.max.toFixed(2)}× baseline write`,
      ],
      ...runs.map((x, i) => [
        `… run ${i + 1}: time (search at the end ${sec(x.res.result.searchMs)}); peak PSS over its idle, and when`,
        `${sec(x.res.ms)}; +${mb(x.res.peak.pss - x.idle.pss)} at ${sec(x.res.peakMs)}`,
        `${(x.res.ms / base.result.writeMs).toFixed(2)}× baseline write`,
      ]),
      [
        `… of which, by phase (run ${runs.indexOf(byTime[(byTime.length - 1) >> 1]) + 1}, ` +
          `${runs.length % 2 ? 'the median time' : 'the lower of the two middle times'})`,
        Object.entries(res.result.timings as Record<string, number>)
          .map(([k, ms]) => `${k} ${sec(ms)}`)
          .join(', '),
        '',
      ],
      ...(pageWrites
        ? [
            [
              'restore writing one backup page (200 articles) per transaction (BENCH_PAGE_WRITES=1, same run)',
              sec(pageWrites.ms),
              `${(pageWrites.ms / base.result.writeMs).toFixed(1)}× baseline write`,
            ],
            [
              '… of which, by phase',
              Object.entries(pageWrites.result.timings as Record<string, number>)
                .map(([k, ms]) => `${k} ${sec(ms)}`)
                .join(', '),
              '',
            ],
            [
              '… peak (RSS / PSS)',
              `${mb(pageWrites.peak.rss)} / ${mb(pageWrites.peak.pss)}`,
              `+${mb(pageWrites.peak.pss - idle.pss)} PSS over idle`,
            ],
          ]
        : []),
      [
        'browser processes, idle after seeding (RSS / PSS sum)',
        `${mb(idle.rss)} / ${mb(idle.pss)} (${idle.procs} processes)`,
        '',
      ],
      ['peak during baseline copy (RSS / PSS)', `${mb(base.peak.rss)} / ${mb(base.peak.pss)}`, ''],
      [
        'peak during export (RSS / PSS)',
        `${mb(exp.peak.rss)} / ${mb(exp.peak.pss)}`,
        `+${mb(exp.peak.pss - idle.pss)} PSS over idle`,
      ],
      [
        'browser restarted for the restore (same profile, library emptied), idle (RSS / PSS sum)',
        `${mb(restoreIdle.rss)} / ${mb(restoreIdle.pss)} (${restoreIdle.procs} processes)`,
        '',
      ],
      [
        "peak PSS during restore from the archive saved to disk, over the restarted browser's idle: median / max",
        `+${mb(peaks.median)} / +${mb(peaks.max)}`,
        `runs: ${runs.map((x) => `+${mb(x.res.peak.pss - x.idle.pss)}`).join(', ')}`,
      ],
      [
        `… the median-time run's peak (RSS / PSS)`,
        `${mb(res.peak.rss)} / ${mb(res.peak.pss)} (PSS peak at ${sec(res.peakMs)} of ${sec(res.ms)})`,
        `+${mb(res.peak.pss - restoreIdle.pss)} PSS over its idle`,
      ],
      // Which processes hold the peak: the renderer (the options page: the restore's own memory and garbage),
      // the browser process (IndexedDB's buffers and blobs live there), the GPU or utility processes.
      ["… PSS by process at the restore's peak (idle → peak)", byTypeChange(restoreIdle, res.peak), ''],
      [
        'options page JS heap after export / after restore (live: after a garbage collection)',
        `${expHeap == null ? 'n/a' : mb(expHeap)} / ${resHeap == null ? 'n/a' : mb(resHeap)}`,
        '',
      ],
    ];
    const table = markdownTable(['measure', 'result', 'ratio'], rows);
    console.log('\n' + table);
    const { cores, load } = machineLoad();
    const body =
      `Taken ${runTime()} with \`npm run bench:backup\` (BENCH_N=${N}, Chromium ${CHROMIUM}, ${cores} cores, load ` +
      `average ${load} at the end, the run's own browser included: say in the reading below whether anything else ` +
      `ran).\n\n${table}\n`;
    recordInDocs('docs/backup.md', body, args.standard && !variants.length, log);
  } finally {
    await b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Hands the file at `file` to a hidden file input of the page (#bench-restore-file), as a user's pick would. */
async function pickFile(page: Page, file: string) {
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { type: 'file', id: 'bench-restore-file' });
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator('#bench-restore-file').setInputFiles(file);
}

runScript(main);
