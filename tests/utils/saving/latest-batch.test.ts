import { beforeEach, describe, expect, it } from 'vitest';
import type { QueueTask } from '@/utils/article';
import { OffprintDB } from '@/utils/storage/db';
import { latestBatch } from '@/utils/saving/save-all-tabs';

let db: OffprintDB;
/** Kinds of the queue rows a cursor stepped onto (what a query had to read). */
let stepped: string[];
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  stepped = [];
  db.use({
    stack: 'dbcore',
    name: 'count-cursor-rows',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== 'queue') return t;
        return {
          ...t,
          openCursor: async (req) => {
            const c = await t.openCursor(req);
            if (!c) return c;
            return new Proxy(c, {
              get(target, prop) {
                if (prop === 'value') stepped.push((target.value as QueueTask | undefined)?.kind ?? '?');
                const v = Reflect.get(target, prop, target);
                return typeof v === 'function' ? v.bind(target) : v;
              },
            });
          },
        };
      },
    }),
  });
});

const task = (kind: string, batch: string | null, articleId: number | null = null): QueueTask =>
  ({
    kind,
    state: 'done',
    articleId,
    url: kind === 'save-url' ? 'https://e.com/' : null,
    batch,
    attempts: 0,
    error: null,
    data: kind === 'images' ? { urls: ['https://e.com/a.jpg'], tabId: null, pageUrl: null, skipped: {} } : null,
    createdAt: 1,
    updatedAt: 1,
  }) as QueueTask;

describe('latestBatch', () => {
  it('finds the newest batch of "Save all tabs" without reading the image tasks of the library', async () => {
    await db.queue.bulkAdd([task('save-url', 'old'), task('save-url', null), task('save-url', 'new')]);
    // One image task per saved article, all newer than the batch (a library saved since).
    await db.queue.bulkAdd(Array.from({ length: 200 }, (_, i) => task('images', null, i + 1)));
    stepped = [];
    expect(await latestBatch(db)).toBe('new');
    expect(stepped.length).toBeGreaterThan(0);
    expect(stepped.filter((k) => k !== 'save-url')).toEqual([]);
  });

  it('is null when no batch is queued', async () => {
    await db.queue.bulkAdd([task('images', null, 1), task('save-url', null)]);
    expect(await latestBatch(db)).toBeNull();
  });
});
