import { describe, expect, it } from 'vitest';
import type { BackupRecord } from '@/utils/data/backup/backup-format';
import { pageJobs, pageReplyTransfer, recordTermsInput, type PageReply } from '@/utils/data/restore/page-jobs';
import { TermNames } from '@/utils/data/restore/term-ids';
import { makeTerms } from '@/utils/search/make-terms';
import { inflateHere } from '@/utils/lib/inflate-off-thread';
import { openZip } from '@/utils/lib/zip-reader';
import { toBulkArticle } from '@/utils/data/restore/restore-record';
import { bulkTermsInput } from '@/utils/storage/bulk-write-articles';
import { backupRecord, backupZip } from '../../../fixtures/hostile/hostile-files';
import { deflated } from '../../../fixtures/hostile/zip-builder';

const highlight = (over: Record<string, unknown>) => ({
  id: 1,
  gid: 'g',
  articleId: 1,
  quote: 'Body',
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

describe('recordTermsInput', () => {
  // The restore's worker makes each record's search terms from the record itself; the write builds the row with
  // toBulkArticle. Both must give makeTerms the same input, or the index would disagree with the stored row.
  const records = [
    backupRecord(1),
    backupRecord(2, { article: { siteName: undefined, byline: 'A. Writer', url: 'https://www.site.example/a?b=1' } }),
    backupRecord(3, { content: null }),
    backupRecord(4, {
      highlights: [
        highlight({ note: 'kept note' }),
        highlight({ id: 2, gid: 'h', note: 'deleted note', deleted: 1 }),
        highlight({ id: 3, gid: 'i', note: '' }),
        highlight({ id: 4, gid: 'j', note: null }),
        highlight({ id: 5, gid: 'k', note: 'second note', deleted: 0 }),
      ],
    }),
  ] as unknown as BackupRecord[];

  it.each(records.map((r, i) => [i, r] as const))(
    'is what the row toBulkArticle makes is searched by (%i)',
    (_i, rec) => {
      const row = toBulkArticle(structuredClone(rec), { original: null, images: [] });
      expect(recordTermsInput(rec)).toEqual(bulkTermsInput(row));
    },
  );

  it('takes the notes of live highlights only', () => {
    expect(recordTermsInput(records[3]).notes).toBe('kept note\nsecond note');
  });
});

describe('pageJobs', () => {
  it('takes the page files one at a time, records before checks, and a page files beside them', async () => {
    const file = new Blob([backupZip([backupRecord(1), backupRecord(2)]) as BlobPart]);
    const zip = await openZip(file);
    const run = pageJobs(inflateHere);
    await run({ kind: 'open', file, entries: zip.entries, keep: 0 });
    const order: string[] = [];
    const name = 'articles/00001.json';
    const asked = [
      run({ kind: 'check', name }), // starts at once: nothing else runs
      run({ kind: 'check', name }),
      run({ kind: 'records', name, skip: [1] }),
      run({ kind: 'files', names: [], types: new Map() }), // its own lane: waits for no page file
    ].map((p) => p.then((r) => order.push(r.kind === 'records' ? `records ${r.records.length}` : r.kind)));
    await Promise.all(asked);
    expect(order).toEqual(['files', 'check', 'records 1', 'check']);
  });
});

describe('pageJobs records', () => {
  it('send each distinct search term once per restore, and each record its terms as ids', async () => {
    const recs = [backupRecord(1), backupRecord(2), backupRecord(3)];
    const pages = ['articles/00001.json', 'articles/00002.json'];
    const file = new Blob([
      backupZip(recs.slice(0, 2), {
        manifest: { pages, counts: { articles: 3, originals: 0, images: 0, highlights: 0 } },
        extra: [deflated(pages[1], JSON.stringify(recs.slice(2)))],
      }) as BlobPart,
    ]);
    const zip = await openZip(file);
    const run = pageJobs(inflateHere);
    await run({ kind: 'open', file, entries: zip.entries, keep: 0 });
    const names = new TermNames();
    const sent: string[] = [];
    const got: string[][] = [];
    for (const name of pages) {
      const reply = (await run({ kind: 'records', name, skip: [] })) as Extract<PageReply, { kind: 'records' }>;
      sent.push(...reply.fresh.terms);
      names.add(reply.fresh);
      for (const r of reply.records) {
        expect(r.terms).toBeInstanceOf(Uint32Array);
        got.push(names.decode(r.terms));
      }
      // The ids of a page go in one buffer, handed over rather than copied.
      expect(pageReplyTransfer(reply)).toEqual([reply.records[0].terms.buffer]);
    }
    const expected = recs.map((r) => makeTerms(recordTermsInput(r as never)).terms);
    expect(got).toEqual(expected);
    expect(sent.length).toBe(new Set(expected.flat()).size);
    expect(new Set(sent).size).toBe(sent.length);
  });
});
