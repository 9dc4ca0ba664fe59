import { describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { onTablesChanged } from '@/utils/storage/on-tables-changed';
import { completeHighlight } from '@/utils/highlights/complete-highlight';

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('onTablesChanged', () => {
  it('tells of writes to its own tables of its own database, until stopped', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const db = new OffprintDB(name);
    const other = new OffprintDB(`${name}2`); // a name that starts with the first one's
    await Promise.all([db.open(), other.open()]); // creating a database counts as a change of every table
    await settle();
    let calls = 0;
    const stop = onTablesChanged(['meta', 'queue'], () => calls++, db);
    await db.meta.put({ key: 'a', value: 1 });
    await settle();
    expect(calls).toBe(1);
    await db.highlights.add(completeHighlight({ articleId: 1, quote: 'q', note: null, createdAt: 1 })); // another table
    await other.meta.put({ key: 'a', value: 1 }); // the same table of another database
    await settle();
    expect(calls).toBe(1);
    await db.queue.add({ kind: 'images', state: 'pending' } as never);
    await settle();
    expect(calls).toBe(2);
    stop();
    await db.meta.put({ key: 'b', value: 2 });
    await settle();
    expect(calls).toBe(2);
  });
});
