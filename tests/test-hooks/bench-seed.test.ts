// The benchmark libraries (bench:library, bench:sync) are seeded through this hook: it must keep working
// when the write path reads more tables (it broke once when saving began to read highlights for notes).
import { beforeEach, describe, expect, it } from 'vitest';
import { seedLibrary, type CorpusDoc } from '@/test-hooks/bench-seed';
import { OffprintDB, setDb } from '@/utils/storage/db';

const corpus: CorpusDoc[] = Array.from({ length: 5 }, (_, i) => ({
  host: `site${i}.example`,
  paras: Array.from({ length: 8 }, (_, j) => `Paragraph ${j} of story ${i} about harbours, tides and ferries.`),
}));

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

describe('seedLibrary', () => {
  it('seeds the asked range through the app’s own save, in chunks, each article with its body', async () => {
    expect(await seedLibrary(corpus, 0, 12, 5)).toBe(12);
    expect(await seedLibrary(corpus, 12, 15, 5)).toBe(15);
    const rows = await db.articles.toArray();
    expect(new Set(rows.map((r) => r.url)).size).toBe(15);
    expect(await db.contents.count()).toBe(15);
  });
});
