// @vitest-environment node
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from './couch-server';
import { assertNoPlaintext, findPlaintexts, scanServer } from './scan-server';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
}, 90_000);
afterAll(() => server?.close());

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
async function http(method: string, url: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

describe('scanServer + findPlaintexts', () => {
  it('finds a plaintext in every place a server keeps one, in every form', async () => {
    const db = await server.createDb('leaky');
    await http('PUT', `${db}/plain`, { title: 'Quiet Harbour Evening' });
    // An ancestor revision: the URL was edited away, but the server keeps the old body.
    const first = await http('PUT', `${db}/edited`, { url: 'https://example.org/secret-path' });
    await http('PUT', `${db}/edited`, { _rev: first.rev, url: 'nothing here' });
    // Two leaves (a conflict), one of them carrying a tag.
    await http('POST', `${db}/_bulk_docs`, {
      new_edits: false,
      docs: [
        { _id: 'conflicted', _rev: '1-aaaa', tags: ['none'] },
        { _id: 'conflicted', _rev: '1-bbbb', tags: ['Zebra-Tag-42'] },
      ],
    });
    // A deletion that kept a body.
    const gone = await http('PUT', `${db}/gone`, { x: 1 });
    await http('PUT', `${db}/gone`, { _rev: gone.rev, _deleted: true, note: 'A sentence left in a tombstone.' });
    // Attachments: data, name, content type, and gzip inside.
    await http('PUT', `${db}/files`, {
      _attachments: {
        'body.txt': { content_type: 'text/plain', data: b64('The harbour lights went out at nine.') },
        'secret-article-title.html': { content_type: 'text/html', data: b64('x') },
        blob: { content_type: 'application/x-orchard-secrets', data: b64('y') },
        'body.gz': { content_type: 'application/octet-stream', data: b64(zlib.gzipSync('Compressed Orchard Story')) },
      },
    });
    // Base64 in a field, and a _local document.
    await http('PUT', `${db}/encoded`, { blob: b64('Lantern Festival Notes, in base64') });
    await http('PUT', `${db}/_local/checkpoint`, { note: 'Checkpoint Whisper Text' });

    const scan = await scanServer(db);
    expect(scan.ids.sort()).toEqual(['conflicted', 'edited', 'encoded', 'files', 'gone', 'plain']);
    expect(scan.conflicted).toEqual(['conflicted']);
    expect(scan.revisions.filter((r) => r.kind === 'ancestor').map((r) => r.id)).toEqual(
      expect.arrayContaining(['edited', 'gone']),
    );
    expect(scan.revisions.find((r) => r.id === 'gone' && r.kind === 'leaf')).toMatchObject({ deleted: true });
    expect(scan.attachments).toHaveLength(4);
    expect(scan.localIds).toEqual(['_local/checkpoint']);

    const where = (text: string) => findPlaintexts(scan, [text]).map((h) => `${h.how}: ${h.where}`);
    // Case does not matter.
    expect(where('QUIET HARBOUR EVENING')).toContainEqual(
      expect.stringMatching(/^raw: doc "plain" 1-\w+ \(leaf\) field \.title$/),
    );
    expect(where('example.org/secret-path')).toContainEqual(expect.stringMatching(/doc "edited" 1-\w+ \(ancestor\)/));
    expect(where('Zebra-Tag-42')).toContainEqual(
      expect.stringMatching(/doc "conflicted" 1-(aaaa|bbbb) \(leaf\) field \.tags\[0\]/),
    );
    expect(where('sentence left in a tombstone')).toContainEqual(
      expect.stringMatching(/doc "gone" 2-\w+ \(leaf, deleted\)/),
    );
    expect(where('harbour lights went out')).toContainEqual(
      expect.stringMatching(/^raw: .*attachment "body.txt" data$/),
    );
    expect(where('secret-article-title')).toContainEqual(expect.stringMatching(/attachment name$/));
    expect(where('orchard-secrets')).toContainEqual(expect.stringMatching(/attachment "blob" content type$/));
    expect(where('Compressed Orchard Story')).toContainEqual(
      expect.stringMatching(/^gzip: .*attachment "body.gz" data$/),
    );
    expect(where('Lantern Festival Notes')).toContainEqual(expect.stringMatching(/^base64: doc "encoded"/));
    expect(where('Checkpoint Whisper Text')).toContainEqual(expect.stringMatching(/local doc "_local\/checkpoint"/));
    expect(() => assertNoPlaintext(scan, ['Quiet Harbour Evening'])).toThrow(/Quiet Harbour Evening".*doc "plain"/is);
    expect(findPlaintexts(scan, ['never stored anywhere'])).toEqual([]);
  });

  it('passes a database that holds only ciphertext, and refuses plaintexts too short to prove anything', async () => {
    const db = await server.createDb('sealed');
    const key = crypto.randomBytes(32);
    const seal = (s: string) => {
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', key, iv);
      return Buffer.concat([iv, c.update(s), c.final(), c.getAuthTag()]);
    };
    const texts = [
      'Quiet Harbour Evening',
      'https://example.org/story/42',
      'Zebra-Tag-42',
      'The harbour lights went out.',
    ];
    for (let i = 0; i < 20; i++) {
      const id = crypto.randomBytes(16).toString('hex');
      await http('PUT', `${db}/${id}`, {
        v: 1,
        data: seal(JSON.stringify({ title: texts[0], url: texts[1], tags: [texts[2]] })).toString('base64'),
        _attachments: {
          [crypto.randomBytes(8).toString('hex')]: {
            content_type: 'application/octet-stream',
            data: seal(texts[3].repeat(500)).toString('base64'),
          },
        },
      });
    }
    const scan = await scanServer(db);
    expect(scan.ids).toHaveLength(20);
    expect(scan.attachments).toHaveLength(20);
    expect(() => assertNoPlaintext(scan, texts)).not.toThrow();
    expect(() => findPlaintexts(scan, ['news'])).toThrow(/shorter than 8/);
  });
});
