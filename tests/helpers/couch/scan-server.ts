import zlib from 'node:zlib';

/** One thing the server stores that a plaintext could hide in, and where it is. */
export interface ScannedItem {
  /** e.g. `doc "x" 2-abc (leaf) field .title`, `doc "x" 1-def (ancestor) attachment "a" data`. */
  where: string;
  bytes: Uint8Array;
}

/** Everything one database of a CouchDB-protocol server holds, read over HTTP. */
export interface ServerScan {
  /** Document ids (deleted ones and design documents included, `_local` ones apart). */
  ids: string[];
  /** Revisions whose body the server still has: every leaf (conflicts and deletions too) and every ancestor. */
  revisions: { id: string; rev: string; kind: 'leaf' | 'ancestor'; deleted: boolean }[];
  /** Ids with more than one leaf that is not deleted. */
  conflicted: string[];
  attachments: { id: string; rev: string; name: string; contentType: string; length: number }[];
  /** `_local` documents (replication checkpoints and the like). */
  localIds: string[];
  items: ScannedItem[];
}

type Doc = Record<string, unknown> & {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _revisions?: { start: number; ids: string[] };
  _attachments?: Record<string, { content_type: string; data?: string; length?: number }>;
};

const enc = new TextEncoder();

/**
 * Reads every document of `dbUrl` with all its revisions (`open_revs=all`, `revs=true`, `conflicts=true`, then
 * every ancestor the server still keeps), every attachment inline (data, name, content type) and every `_local`
 * document (`_local_docs`), so tests can assert what the server holds. `headers` adds e.g. authorization.
 */
export async function scanServer(dbUrl: string, headers: Record<string, string> = {}): Promise<ServerScan> {
  const base = dbUrl.replace(/\/$/, '');
  const get = async (path: string) => {
    const res = await fetch(`${base}/${path}`, { headers: { accept: 'application/json', ...headers } });
    if (!res.ok) throw new Error(`GET ${base}/${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const scan: ServerScan = { ids: [], revisions: [], conflicted: [], attachments: [], localIds: [], items: [] };
  const add = (where: string, value: string | Uint8Array) =>
    scan.items.push({ where, bytes: typeof value === 'string' ? enc.encode(value) : value });

  const record = (doc: Doc, kind: 'leaf' | 'ancestor') => {
    const at = `doc ${JSON.stringify(doc._id)} ${doc._rev} (${kind}${doc._deleted ? ', deleted' : ''})`;
    scan.revisions.push({ id: doc._id, rev: doc._rev, kind, deleted: !!doc._deleted });
    const { _attachments, ...rest } = doc;
    add(`${at} raw JSON`, JSON.stringify(rest));
    for (const [path, value] of strings(rest, '')) add(`${at} field ${path}`, value);
    for (const [name, att] of Object.entries(_attachments ?? {})) {
      const data = Buffer.from(att.data ?? '', 'base64');
      scan.attachments.push({ id: doc._id, rev: doc._rev, name, contentType: att.content_type, length: data.length });
      add(`${at} attachment name`, name);
      add(`${at} attachment ${JSON.stringify(name)} content type`, att.content_type ?? '');
      add(`${at} attachment ${JSON.stringify(name)} data`, data);
    }
  };

  const changes = (await get('_changes?style=all_docs')) as { results: { id: string }[] };
  scan.ids = [...new Set(changes.results.map((r) => r.id))];
  await inBatches(scan.ids, 8, async (id) => {
    const path = encodeURIComponent(id).replace(/^_design%2F/, '_design/');
    const leaves = ((await get(`${path}?open_revs=all&revs=true&conflicts=true&attachments=true`)) as { ok?: Doc }[])
      .map((l) => l.ok)
      .filter((d): d is Doc => !!d);
    const seen = new Set(leaves.map((d) => d._rev));
    for (const d of leaves) record(d, 'leaf');
    if (leaves.filter((d) => !d._deleted).length > 1) scan.conflicted.push(id);
    const ancestors = [
      ...new Set(
        leaves.flatMap((d) => (d._revisions?.ids ?? []).slice(1).map((h, i) => `${d._revisions!.start - i - 1}-${h}`)),
      ),
    ].filter((r) => !seen.has(r));
    if (!ancestors.length) return;
    const old = (await get(
      `${path}?open_revs=${encodeURIComponent(JSON.stringify(ancestors))}&revs=true&attachments=true`,
    )) as { ok?: Doc }[];
    for (const o of old) if (o.ok) record(o.ok, 'ancestor');
  });

  const locals = (await get('_local_docs')) as { rows: { id: string }[] };
  scan.localIds = locals.rows.map((r) => r.id);
  for (const id of scan.localIds) {
    const doc = await get(`_local/${encodeURIComponent(id.slice('_local/'.length))}`);
    add(`local doc ${JSON.stringify(id)} raw JSON`, JSON.stringify(doc));
    for (const [path, value] of strings(doc, '')) add(`local doc ${JSON.stringify(id)} field ${path}`, value);
  }
  return scan;
}

/** Every string in a JSON value (keys too) with its path. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path || '.', value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      yield [`${path} (key)`, k];
      yield* strings(v, `${path}.${k}`);
    }
}

async function inBatches<T>(xs: T[], n: number, f: (x: T) => Promise<void>) {
  for (let i = 0; i < xs.length; i += n) await Promise.all(xs.slice(i, i + n).map(f));
}

/** A plaintext found on the server: which, where, and in which form. */
export interface PlaintextHit {
  text: string;
  where: string;
  how: 'raw' | 'base64' | 'gzip';
}

/** Shorter texts than this could turn up by chance in kilobytes of ciphertext or base64, so they prove nothing. */
export const MIN_PLAINTEXT = 8;

const dec = new TextDecoder('utf-8', { fatal: false });
const BASE64_RUN = /[A-Za-z0-9+/_-]{12,}={0,2}/g;

/** The forms a stored item can be read in: its bytes, base64 runs inside it decoded, and gzip inside either. */
function* readings(bytes: Uint8Array): Generator<[PlaintextHit['how'], string]> {
  const text = dec.decode(bytes);
  yield ['raw', text];
  const gz = gunzip(bytes);
  if (gz) yield ['gzip', dec.decode(gz)];
  for (const run of text.match(BASE64_RUN) ?? []) {
    // Decode from each of the 4 offsets: a run may start in the middle of an encoded value.
    for (let off = 0; off < 4 && off < run.length - 8; off++) {
      const decoded = Buffer.from(run.slice(off), 'base64');
      yield ['base64', dec.decode(decoded)];
      const inner = gunzip(decoded);
      if (inner) yield ['gzip', dec.decode(inner)];
    }
  }
}

function gunzip(b: Uint8Array): Uint8Array | null {
  if (b.length < 18 || b[0] !== 0x1f || b[1] !== 0x8b) return null;
  try {
    return zlib.gunzipSync(b);
  } catch {
    return null;
  }
}

/** Each of `texts` found anywhere in the scan: in the bytes, base64-decoded or gunzipped, ignoring case. */
export function findPlaintexts(scan: ServerScan, texts: string[]): PlaintextHit[] {
  const short = texts.filter((t) => t.trim().length < MIN_PLAINTEXT);
  if (short.length)
    throw new Error(
      `Plaintexts shorter than ${MIN_PLAINTEXT} characters could match ciphertext by chance: ${JSON.stringify(short)}`,
    );
  const wanted = [...new Set(texts.map((t) => t.toLowerCase()))];
  const hits: PlaintextHit[] = [];
  for (const item of scan.items)
    for (const [how, text] of readings(item.bytes)) {
      const lower = text.toLowerCase();
      for (const t of wanted)
        if (lower.includes(t) && !hits.some((h) => h.text === t && h.where === item.where))
          hits.push({ text: t, where: item.where, how });
    }
  return hits;
}

/** Throws, listing every hit, when the server holds any of `texts` in any form. */
export function assertNoPlaintext(scan: ServerScan, texts: string[]): void {
  const hits = findPlaintexts(scan, texts);
  if (hits.length)
    throw new Error(
      `The server holds ${hits.length} plaintext(s):\n` +
        hits
          .slice(0, 30)
          .map((h) => `  ${JSON.stringify(h.text)} in ${h.where} (${h.how})`)
          .join('\n'),
    );
}
