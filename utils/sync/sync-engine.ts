import type { OffprintDB } from '@/utils/storage/db';
import { backfillGlobalIds } from '@/utils/storage/backfill-global-ids';
import { flushAndPush, PUSH_BATCHES } from './flush-and-push';
import { pullAndApply } from './pull-and-apply';
import {
  createLibrary,
  KDF_ITERATIONS,
  LIBRARY_DOC_ID,
  MIN_KDF_ITERATIONS,
  unlockLibrary,
  type LibraryKeys,
} from './library-keys';
import type { PouchDatabase } from './pouch-types';
import { describeSyncError } from './sync-errors';
import type { StepReport, SyncContext } from './sync-context';
import type { StoredConfig, SyncStore } from './sync-store';
import type {
  EnableResult,
  ProbeReply,
  SyncConfig,
  SyncError,
  SyncProgress,
  SyncServer,
  SyncStatus,
} from './sync-types';
import { SYNC_OFF } from './sync-types';
import { clearMirrorCheckpoint } from './write-library';
import { mark, resetPhaseTimings, timed } from '@/utils/lib/phase-timings';
import { holdCompaction } from '@/utils/search/watch-search-index';
import { traceEvent } from '@/utils/lib/event-trace';

/** What the engine runs on; tests give memory databases, the background the real ones. */
export interface EngineDeps {
  db: OffprintDB;
  store: SyncStore;
  openMirror(name: string): PouchDatabase;
  openRemote(server: SyncServer, opts: { create?: boolean }): PouchDatabase;
  /** Whether the extension may reach the server's origin (optional host permission). */
  hasPermission?(url: string): Promise<boolean>;
  /**
   * Exempts the server's origin from the private-address block (utils/saving/request-guard.ts), so a server
   * on the user's own network can be reached; `forgetOrigin` undoes it.
   */
  allowOrigin?(url: string): Promise<void>;
  forgetOrigin?(url: string): Promise<void>;
  now?(): number;
  /** PBKDF2 iterations for new libraries and the least accepted (tests lower them). */
  kdfIterations?: number;
  minKdfIterations?: number;
  /** Documents per download batch (default PouchDB's 100; tests lower it to see several batches). */
  pullBatchSize?: number;
}

/**
 * Download batches, so a round holds a bounded number of documents (with attachments) in memory: PouchDB's
 * default size. Uploads: flush-and-push.ts (PouchDB's default size, smaller after a 413).
 */
const PULL_BATCH = { batch_size: 100, batches_limit: 2 };
/** A round stops starting new work after this long (an MV3 service worker is stopped when idle). */
export const ROUND_MS = 25_000;

const errorOf = (e: unknown, url?: string): SyncError => describeSyncError(e, url);

/**
 * The sync core: turns sync on and off, runs bounded rounds (outbox → mirror, server → mirror, mirror →
 * library, mirror → server), and reports status. One instance per background; see docs/sync.md.
 */
export class SyncEngine {
  private running: Promise<SyncStatus> | null = null;
  /** Rounds started so far (the latest one's number). */
  private rounds = 0;
  /**
   * The mirror is being replaced or dropped (turning sync on or off): no round may start meanwhile, or it would
   * work on a database being destroyed (its calls never settle) or open the mirror again after it went.
   */
  private mirrorBusy = 0;
  /** Turning sync on is under way, and how often it was started (its queue of the library must stay). */
  private turningOn = 0;
  private enables = 0;
  /** The last round stopped at its time limit with work left (the caller may start another at once). */
  workLeft = false;
  /** When the latest round began (a change written after it may not be in it). */
  roundStartedAt = 0;
  private mirrorDb: { name: string; db: PouchDatabase } | null = null;
  private remoteDb: { key: string; db: PouchDatabase } | null = null;
  private readonly now: () => number;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? Date.now;
  }

  private mirror(cfg: StoredConfig): PouchDatabase {
    if (this.mirrorDb?.name !== cfg.mirror) this.mirrorDb = { name: cfg.mirror, db: this.deps.openMirror(cfg.mirror) };
    return this.mirrorDb.db;
  }

  private remote(cfg: SyncServer): PouchDatabase {
    const key = `${cfg.url}\n${cfg.username}\n${cfg.password}`;
    if (this.remoteDb?.key !== key) this.remoteDb = { key, db: this.deps.openRemote(cfg, {}) };
    return this.remoteDb.db;
  }

  /** Checks the server and account; says whether the database and a library exist. Writes nothing. */
  async probe(server: SyncServer, keepOrigin = false): Promise<ProbeReply> {
    const bad = checkUrl(server.url);
    if (bad) return { ok: false, error: bad };
    if (this.deps.hasPermission && !(await this.deps.hasPermission(server.url)))
      return { ok: false, error: noPermission(server.url) };
    await this.deps.allowOrigin?.(server.url);
    const reply = await this.probeServer(server);
    if (!reply.ok || !keepOrigin) await this.releaseOrigin(server.url);
    return reply;
  }

  /** Forgets the exemption of an origin unless sync is on with a server there. */
  private async releaseOrigin(url: string): Promise<void> {
    const cfg = await this.deps.store.config();
    if (!cfg || new URL(cfg.url).origin !== new URL(url).origin) await this.deps.forgetOrigin?.(url);
  }

  private async probeServer(server: SyncServer): Promise<ProbeReply> {
    const remote = this.deps.openRemote(server, {});
    try {
      const info = await remote.info();
      if (!info || typeof info.db_name !== 'string' || !('update_seq' in info))
        return { ok: false, error: errorOf(new SyntaxError('not couch'), server.url) };
    } catch (e) {
      const err = errorOf(e, server.url);
      if (err.code === 'no-database') return { ok: true, probe: { exists: false, hasLibrary: false, canCreate: true } };
      return { ok: false, error: err };
    }
    try {
      await remote.get(LIBRARY_DOC_ID);
      return { ok: true, probe: { exists: true, hasLibrary: true, canCreate: false } };
    } catch (e) {
      const err = errorOf(e, server.url);
      if (err.code === 'no-database') return { ok: true, probe: { exists: true, hasLibrary: false, canCreate: false } };
      return { ok: false, error: err };
    }
  }

  /**
   * Turns sync on: checks the server, creates the database when asked, opens the library there (or creates
   * it) with the passphrase. A wrong passphrase is refused before anything is written, here or there.
   * Then stores the keys and credentials, queues the whole library and starts the first round.
   */
  async enable(config: SyncConfig): Promise<EnableResult> {
    resetPhaseTimings();
    mark('enable');
    this.turningOn++;
    this.enables++;
    try {
      const server: SyncServer = { url: config.url.trim(), username: config.username, password: config.password };
      const probe = await timed('enable.probe', () => this.probe(server, true));
      if (!probe.ok) return probe;
      const result = await this.turnOn(server, config, probe.probe.exists);
      if (!result.ok) await this.releaseOrigin(server.url);
      return result;
    } finally {
      this.turningOn--;
    }
  }

  /**
   * While sync is off, the outbox rows the storage layer writes with every change have no use: turning sync
   * on queues the whole library afresh, and turning it off forgot what waited. Drops them, so they do not
   * pile up in a library that never syncs (the background calls it when woken while sync is off).
   */
  async dropOutboxWhileOff(): Promise<void> {
    const { db, store } = this.deps;
    const seen = this.enables;
    if (this.turningOn || (await store.config()) || this.turningOn || this.enables !== seen) return;
    await db.transaction('rw', db.outbox, async () => {
      if (await db.outbox.count()) await db.outbox.clear();
    });
  }

  private async turnOn(server: SyncServer, config: SyncConfig, exists: boolean): Promise<EnableResult> {
    const { db, store } = this.deps;
    if (!config.passphrase)
      return { ok: false, error: { code: 'wrong-passphrase', message: 'Enter the sync passphrase.' } };
    if (!exists) {
      if (!config.createDatabase)
        return {
          ok: false,
          error: { code: 'no-database', message: 'There is no database at this URL yet.', canCreate: true },
        };
      try {
        await this.deps.openRemote(server, { create: true }).info();
      } catch (e) {
        const err = errorOf(e, server.url);
        return {
          ok: false,
          error:
            err.code === 'unauthorized' || err.code === 'forbidden'
              ? {
                  code: 'forbidden',
                  message: 'This account may not create databases. Ask the server’s admin to create it.',
                }
              : err,
        };
      }
    }
    const remote = this.deps.openRemote(server, {});
    let keys: LibraryKeys;
    try {
      keys = await timed('enable.keys', () => this.openLibrary(remote, config.passphrase));
    } catch (e) {
      return { ok: false, error: errorOf(e, server.url) };
    }
    const cfg: StoredConfig = {
      ...server,
      syncImages: config.syncImages ?? true,
      mirror: `offprint-mirror-${crypto.randomUUID()}`,
    };
    const before = await store.config();
    await this.withoutRounds(async () => {
      await this.dropMirror();
      await store.enable(cfg, keys);
    });
    if (before && new URL(before.url).origin !== new URL(cfg.url).origin) await this.deps.forgetOrigin?.(before.url);
    await timed('enable.queue', async () => {
      await backfillGlobalIds(db);
      await resetLibrarySync(db, true);
    });
    mark('enabled');
    return { ok: true, status: await this.status() };
  }

  /** Reads the library document (or creates it) and derives the keys; throws on a wrong passphrase. */
  private async openLibrary(remote: PouchDatabase, passphrase: string): Promise<LibraryKeys> {
    const min = this.deps.minKdfIterations ?? MIN_KDF_ITERATIONS;
    for (let attempt = 0; attempt < 2; attempt++) {
      let doc: unknown;
      try {
        doc = await remote.get(LIBRARY_DOC_ID);
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw e;
        const made = await createLibrary(passphrase, this.deps.kdfIterations ?? KDF_ITERATIONS);
        try {
          await remote.put(made.doc as never);
          return made.keys;
        } catch (e2) {
          if ((e2 as { status?: number }).status !== 409) throw e2;
          continue; // another browser created it first: open theirs
        }
      }
      return unlockLibrary(doc, passphrase, min);
    }
    throw new Error('The library document could not be read or created.');
  }

  /** The state for the Sync section and the popup's mark. */
  async status(): Promise<SyncStatus> {
    const { store, db } = this.deps;
    const [cfg, st, pending] = await Promise.all([store.config(), store.state(), db.outbox.count()]);
    if (!cfg) return { ...SYNC_OFF };
    return {
      enabled: true,
      url: cfg.url,
      username: cfg.username,
      syncImages: cfg.syncImages,
      state: this.running ? 'syncing' : st.lastError ? 'error' : 'idle',
      firstSyncDone: st.firstSyncDone,
      lastSyncedAt: st.lastSyncedAt,
      pending,
      progress: this.running ? st.progress : null,
      lastError: st.lastError,
    };
  }

  /** Runs one bounded round (calls while one runs share it). */
  round(opts: { maxMs?: number } = {}): Promise<SyncStatus> {
    if (this.mirrorBusy) {
      traceEvent('round.refused');
      return this.status();
    }
    if (this.running) {
      traceEvent('round.join');
      return this.running;
    }
    traceEvent('round.start');
    this.roundStartedAt = this.now();
    const no = ++this.rounds;
    // Only this round's end clears it: a round started after it (while its status was read) stays known, so
    // calls join that one instead of running a second round beside it.
    this.running = timed('round', () => this.runRound(opts.maxMs ?? ROUND_MS, no)).finally(() => {
      if (this.rounds === no) this.running = null;
    });
    return this.running;
  }

  private async runRound(maxMs: number, no: number): Promise<SyncStatus> {
    const { db, store } = this.deps;
    const [cfg, keys] = await Promise.all([store.config(), store.keys()]);
    if (!cfg || !keys) return this.status();
    const deadline = this.now() + maxMs;
    const left = () => deadline - this.now();
    const ctx: SyncContext = { db, mirror: this.mirror(cfg), keys, syncImages: cfg.syncImages, now: this.now };
    const remote = this.remote(cfg);
    let st = await store.state();
    const bad = new Set(st.undecryptable ?? []);
    const note = (r: StepReport) => {
      for (const id of r.good) bad.delete(id);
      for (const id of r.bad) bad.add(id);
    };
    // The search index's compaction waits for the round's end (arrivals are found by search at once all the
    // same) and then takes them all together, instead of competing with every batch for the same thread.
    const release = holdCompaction();
    try {
      await backfillGlobalIds(db);
      mark('round');
      const progress = (p: SyncProgress) => store.setState({ progress: p });
      // The server's changes, taken into the library while they arrive (a pull cut off part-way keeps what
      // came; it is in the library before the error is reported).
      const pull = await pullAndApply(ctx, {
        remote,
        replicate: {
          ...PULL_BATCH,
          ...(this.deps.pullBatchSize && { batch_size: this.deps.pullBatchSize }),
          ...imagesFilter(cfg),
        },
        left,
        note,
        progress,
        explain: (e) => whyDocsFailed(e, remote),
      });
      if (pull.lastSeq != null) st = await store.setState({ remoteSeq: pull.lastSeq });
      if (pull.error) throw pull.error;
      this.workLeft = !pull.caughtUp;
      // The first sync takes the server's library first, so articles saved in both become one.
      if (st.firstSyncDone || pull.caughtUp) {
        if (!st.firstSyncDone) st = await store.setState({ firstSyncDone: true });
        const sent = await flushAndPush(ctx, {
          remote,
          left,
          note,
          progress,
          batchSize: st.pushBatch ?? PUSH_BATCHES[0],
          setBatchSize: (n) => store.setState({ pushBatch: n }),
        });
        if (sent.workLeft) this.workLeft = true;
      }
      await store.setState({
        lastSyncedAt: this.now(),
        progress: null,
        undecryptable: [...bad],
        lastError: bad.size ? undecryptableError(bad.size) : null,
      });
      traceEvent(this.workLeft ? 'round.end.more' : 'round.end');
    } catch (e) {
      traceEvent('round.error');
      await store.setState({ progress: null, lastError: errorOf(e, cfg.url) });
    } finally {
      release();
    }
    // The status it returns says idle (unless another round started meanwhile).
    if (this.rounds === no) this.running = null;
    return this.status();
  }

  /** Turns image sync on or off for this browser. */
  async setImages(on: boolean): Promise<SyncStatus> {
    const cfg = await this.deps.store.config();
    if (cfg && cfg.syncImages !== on) {
      await this.deps.store.setConfig({ ...cfg, syncImages: on });
      // Turned on: every article is looked at again, so its images go out and come in.
      if (on) await resetLibrarySync(this.deps.db, false);
    }
    return this.status();
  }

  /** Turns sync off: keeps the library; forgets the credentials, keys, mirror, outbox and sync state. */
  async disable(): Promise<SyncStatus> {
    const cfg = await this.withoutRounds(async () => {
      const was = await this.deps.store.config();
      await this.dropMirror();
      this.remoteDb = null;
      this.workLeft = false;
      await this.deps.store.forget();
      return was;
    });
    if (cfg) await this.deps.forgetOrigin?.(cfg.url);
    const { db } = this.deps;
    await db.transaction('rw', [db.outbox, db.syncDocs, db.meta], async () => {
      await Promise.all([db.outbox.clear(), db.syncDocs.clear(), clearMirrorCheckpoint(db)]);
    });
    return this.status();
  }

  /**
   * Waits (long-poll, under 25 s) until the server has a change after the last pull, or `ms` passed;
   * true when there is one. Pages that are open use it to sync within seconds.
   */
  async waitForServerChange(ms = 20_000): Promise<boolean> {
    const cfg = await this.deps.store.config();
    const st = await this.deps.store.state();
    if (!cfg) return false;
    const feed = this.remote(cfg).changes({
      since: st.remoteSeq ?? 'now',
      live: true,
      timeout: Math.min(ms, 24_000),
      heartbeat: false,
      limit: 1,
    });
    return new Promise<boolean>((resolve) => {
      const done = (v: boolean) => {
        clearTimeout(timer);
        feed.cancel();
        resolve(v);
      };
      const timer = setTimeout(() => done(false), ms);
      feed.on('change', () => done(true));
      feed.on('error', () => {
        traceEvent('long-poll.error');
        done(false);
      });
      feed.on('complete', () => done(false));
    });
  }

  /** Runs `work` once the round under way (if any) has ended, with no round starting until it is done. */
  private async withoutRounds<T>(work: () => Promise<T>): Promise<T> {
    this.mirrorBusy++;
    try {
      await this.running?.catch(() => {});
      return await work();
    } finally {
      this.mirrorBusy--;
    }
  }

  private async dropMirror(): Promise<void> {
    const cfg = await this.deps.store.config();
    const name = cfg?.mirror ?? this.mirrorDb?.name;
    const m = this.mirrorDb?.name === name ? this.mirrorDb?.db : name ? this.deps.openMirror(name) : null;
    this.mirrorDb = null;
    await m?.destroy().catch(() => {});
  }
}

/**
 * PouchDB's replication reports any failure to fetch a batch's documents (a reset connection, a 401) as one
 * generic error without its cause; asking the server again tells which (down, password changed, …).
 */
async function whyDocsFailed(e: unknown, remote: PouchDatabase): Promise<unknown> {
  if (!/problem getting docs/i.test(String((e as Error)?.message))) return e;
  try {
    await remote.info();
  } catch (cause) {
    return cause;
  }
  return new Error('some documents could not be downloaded from the server; sync tries again shortly.');
}

/** With image sync off, pull only article documents (the server filters, nothing else is downloaded). */
const imagesFilter = (cfg: StoredConfig) => (cfg.syncImages ? {} : { selector: { t: 'a' } });

/**
 * Starts the library's sync afresh: forgets which revisions it was in step with and the mirror checkpoint
 * (`all`), and queues every article for the next flush, in batches.
 */
export async function resetLibrarySync(db: OffprintDB, all: boolean): Promise<void> {
  if (all)
    await db.transaction('rw', [db.syncDocs, db.meta], async () => {
      await Promise.all([db.syncDocs.clear(), clearMirrorCheckpoint(db)]);
    });
  let after = 0;
  for (;;) {
    const rows = await db.articles.where('id').above(after).limit(1000).toArray();
    if (!rows.length) return;
    await db.transaction('rw', db.outbox, async () => {
      const have = await db.outbox.bulkGet(rows.map((a) => a.id));
      await db.outbox.bulkPut(
        rows
          .filter((_, i) => !have[i])
          .map((a) => ({ articleId: a.id, gid: a.gid, stamp: crypto.randomUUID(), at: Date.now() })),
      );
    });
    after = rows[rows.length - 1].id;
  }
}

function checkUrl(url: string): SyncError | null {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
    if (!u.pathname.replace(/\/+$/, '').slice(1))
      return {
        code: 'bad-url',
        message: 'The Database URL needs the database’s name at the end, e.g. https://host:6984/offprint-alice',
      };
    return null;
  } catch {
    return { code: 'bad-url', message: 'The Database URL is not a web address (https://host:6984/offprint-alice).' };
  }
}

function undecryptableError(n: number): SyncError {
  return {
    code: 'undecryptable',
    message:
      `${n} item${n === 1 ? '' : 's'} on the server could not be decrypted (damaged, or written with another ` +
      `passphrase or by a newer Offprint) and ${n === 1 ? 'was' : 'were'} skipped. Nothing in this library was ` +
      `changed for ${n === 1 ? 'it' : 'them'}; sync goes on with the rest.`,
  };
}

function noPermission(url: string): SyncError {
  return {
    code: 'no-permission',
    message: `Offprint needs your permission to reach ${new URL(url).origin}. Click Turn on sync and allow it.`,
  };
}
