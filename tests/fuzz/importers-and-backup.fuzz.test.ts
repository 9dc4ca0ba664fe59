// @vitest-environment node
// Property-based fuzzing (fast-check, bounded runs so CI stays fast) of the importers and the backup
// reader: whatever the input, never an uncaught exception (only the errors meant for the user), and
// never a partial write (a refused or failed import/restore leaves the library exactly as it was).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { parseImportFile, UnknownFormatError } from '@/utils/data/import/parse-import-file';
import { importItems } from '@/utils/data/import/import-items';
import { makeItem, type ImportItem } from '@/utils/data/import/import-item';
import { restoreBackup } from '@/utils/data/restore/restore-backup';
import { BackupError } from '@/utils/data/backup/backup-format';
import { OffprintDB } from '@/utils/storage/db';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import { htmlToText } from '@/utils/extraction/html-to-text';
import { dumpLibrary, seedLibrary } from '../helpers/seed-library';
import { backupRecord, backupZip, PNG_BYTES } from '../fixtures/hostile/hostile-files';
import { buildZip, deflated, stored } from '../fixtures/hostile/zip-builder';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const prepareHtml = (html: string) => {
  const safe = sanitizeHtml(html, win);
  return { html: safe, text: htmlToText(safe, win.document) };
};
const seed = Number(process.env.FUZZ_SEED ?? 1602);

/** Text that looks like the start of each export format, then anything. */
const exportText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ maxLength: 300 }).map((s) => `title,url,time_added,tags,status\n${s}`),
  fc.string({ maxLength: 300 }).map((s) => `URL,Title,Selection,Folder,Timestamp,Tags\n${s}`),
  fc.string({ maxLength: 300 }).map((s) => `<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><p><DT><A HREF="${s}">${s}</A>`),
  fc.array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 20 }).map((l) => l.join('\n')),
);

describe('fuzz: importers', { timeout: 300_000 }, () => {
  it('parseImportFile never throws anything but UnknownFormatError, and keeps only web addresses', async () => {
    await fc.assert(
      fc.asyncProperty(
        exportText,
        fc.constantFrom('x.csv', 'x.html', 'x.txt', 'part_000000.csv'),
        async (text, name) => {
          try {
            const r = await parseImportFile(new File([text], name));
            for (const item of r.items) expect(item.url).toMatch(/^https?:/i);
          } catch (e) {
            expect(e).toBeInstanceOf(UnknownFormatError);
          }
        },
      ),
      { numRuns: 150, seed },
    );
  });

  it('parseImportFile on arbitrary zip bytes never throws anything but UnknownFormatError', async () => {
    const files = fc.dictionary(
      fc.constantFrom('part_000000.csv', 'ril_export.html', 'metadata_0_to_1.json', 'content/a.html', 'x/../y'),
      fc.string({ maxLength: 200 }),
      { maxKeys: 4 },
    );
    await fc.assert(
      fc.asyncProperty(files, fc.nat(), fc.integer({ min: 0, max: 255 }), async (entries, at, byte) => {
        const zip = buildZip(Object.entries(entries).map(([n, t]) => (at % 2 ? deflated(n, t) : stored(n, t))));
        if (zip.length > 30) zip[at % zip.length] = byte; // one damaged byte anywhere
        try {
          await parseImportFile(new File([zip as BlobPart], 'export.zip'));
        } catch (e) {
          expect(e).toBeInstanceOf(UnknownFormatError);
        }
      }),
      { numRuns: 150, seed },
    );
  });

  it('importItems either writes every item or, when a step fails mid-way, leaves the library as it was', async () => {
    const item = fc.record({
      url: fc.oneof(
        fc.webUrl(),
        fc.constantFrom('https://news.example.org/story/1', 'https://news.example.org/story/2'),
      ),
      title: fc.string({ maxLength: 40 }),
      tags: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
      html: fc.option(fc.string({ maxLength: 200 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 1, maxLength: 30 }),
        fc.option(fc.nat({ max: 29 })),
        async (raw, failAt) => {
          const db = new OffprintDB(`fuzz-import-${crypto.randomUUID()}`);
          await seedLibrary(db, 2);
          const before = await dumpLibrary(db);
          const items: ImportItem[] = raw.map((r) => makeItem(r));
          let n = 0;
          const prepare = (html: string) => {
            if (failAt != null && n++ === failAt) throw new Error('disk on fire');
            return prepareHtml(html);
          };
          const willFail = failAt != null && items.filter((i) => i.html).length > failAt;
          try {
            const r = await importItems(items, { db, prepareHtml: prepare });
            expect(willFail).toBe(false);
            expect(r.added + r.merged).toBeGreaterThan(0);
          } catch (e) {
            expect((e as Error).message).toBe('disk on fire');
            expect(await dumpLibrary(db)).toEqual(before);
          }
          db.close();
        },
      ),
      { numRuns: 25, seed },
    );
  });
});

describe('fuzz: backup reader', { timeout: 300_000 }, () => {
  const sound = () => [
    backupRecord(1, {
      images: [
        {
          url: 'https://img.example.org/1.png',
          file: 'images/1/1.png',
          blobType: 'image/png',
          type: 'image/png',
          bytes: 16,
          width: 1,
          height: 1,
          savedAt: 1,
        },
      ],
    }),
    backupRecord(2, { highlights: [{ id: 5, articleId: 2, quote: 'Body', note: null, createdAt: 1 }] }),
    backupRecord(3),
  ];
  const json = fc.jsonValue({ maxDepth: 4 });
  /** A record with one field (at any depth of the article, or the record itself) replaced by arbitrary JSON. */
  const mutated = fc.tuple(
    fc.nat({ max: 2 }),
    fc.constantFrom(
      'article',
      'content',
      'original',
      'images',
      'highlights',
      'article.url',
      'article.id',
      'article.tags',
      'article.title',
      'article.originalUrl',
      'article.status',
      'article.savedAt',
      'content.html',
    ),
    json,
  );

  it('restoreBackup of a mutated backup resolves or throws BackupError, never half-writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutated, { maxLength: 3 }),
        fc.option(json, { nil: undefined }),
        async (mutations, settings) => {
          const records = sound() as Record<string, any>[];
          for (const [i, path, value] of mutations) {
            const [a, b] = path.split('.');
            if (b) records[i][a] = { ...records[i][a], [b]: value };
            else records[i][a] = value;
          }
          const zip = backupZip(records, {
            extra: [stored('images/1/1.png', PNG_BYTES)],
            settings: settings === undefined ? undefined : JSON.stringify(settings),
          });
          const db = new OffprintDB(`fuzz-restore-${crypto.randomUUID()}`);
          await seedLibrary(db, 3);
          const before = await dumpLibrary(db);
          try {
            await restoreBackup(new Blob([zip as BlobPart]), 'replace', {
              db,
              writeSettings: async () => {},
              prepareHtml: (h) => sanitizeHtml(h, win),
            });
          } catch (e) {
            expect(e).toBeInstanceOf(BackupError);
            expect(await dumpLibrary(db)).toEqual(before);
            expect(await db.importUndo.count()).toBe(0);
          }
          db.close();
        },
      ),
      { numRuns: 40, seed },
    );
  });

  it('restoreBackup of a backup with one damaged byte resolves or throws BackupError, never half-writes', async () => {
    const zip = backupZip(sound(), { extra: [stored('images/1/1.png', PNG_BYTES)] });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: zip.length - 1 }), fc.integer({ min: 0, max: 255 }), async (at, byte) => {
        const bad = zip.slice();
        bad[at] = byte;
        const db = new OffprintDB(`fuzz-bytes-${crypto.randomUUID()}`);
        await seedLibrary(db, 2);
        const before = await dumpLibrary(db);
        try {
          await restoreBackup(new Blob([bad as BlobPart]), 'replace', {
            db,
            writeSettings: async () => {},
            prepareHtml: (h) => sanitizeHtml(h, win),
          });
        } catch (e) {
          expect(e).toBeInstanceOf(BackupError);
          expect(await dumpLibrary(db)).toEqual(before);
        }
        db.close();
      }),
      { numRuns: 60, seed },
    );
  });
});
