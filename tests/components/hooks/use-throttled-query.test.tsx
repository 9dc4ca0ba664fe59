import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OffprintDB } from '@/utils/storage/db';
import { useThrottledQuery } from '@/components/hooks/use-throttled-query';
import { localImports } from '@/utils/data/local-imports';

let root: HTMLElement | undefined;
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
});

async function until(f: () => boolean, ms = 3000) {
  const t0 = Date.now();
  while (!f()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function mount(db: OffprintDB, ms: number, settle = false) {
  const seen = { runs: 0, value: -1 };
  function Probe() {
    const v = useThrottledQuery(async () => (seen.runs++, db.meta.count()), [], { db, tables: ['meta'], ms, settle });
    if (v !== undefined) seen.value = v;
    return null;
  }
  root = document.createElement('div');
  document.body.append(root);
  render(<Probe />, root);
  return seen;
}

describe('useThrottledQuery', () => {
  it('re-runs at once on a change after a quiet time, and only for its own tables', async () => {
    const db = new OffprintDB(`test-${crypto.randomUUID()}`);
    await db.open(); // creating the database counts as a change of every table
    await new Promise((r) => setTimeout(r, 20));
    const seen = mount(db, 600);
    await until(() => seen.value === 0);
    await new Promise((r) => setTimeout(r, 650));
    const t = Date.now();
    await db.meta.put({ key: 'a', value: 1 });
    await until(() => seen.value === 1);
    expect(Date.now() - t).toBeLessThan(400); // not held back by the 600 ms throttle
    const runs = seen.runs;
    await db.highlights.add({ articleId: 1 } as never); // another table
    await new Promise((r) => setTimeout(r, 120));
    expect(seen.runs).toBe(runs);
  });

  it('shows a write made right after the first run at once (a save just after the popup opened)', async () => {
    const db = new OffprintDB(`test-${crypto.randomUUID()}`);
    await db.open();
    await new Promise((r) => setTimeout(r, 20));
    const seen = mount(db, 600);
    await until(() => seen.value === 0);
    const t = Date.now();
    await db.meta.put({ key: 'saved', value: 1 });
    await until(() => seen.value === 1);
    expect(Date.now() - t).toBeLessThan(300); // not held back until 600 ms after the first read
  });

  it('runs a few times for a burst of writes and ends with the last state', async () => {
    const db = new OffprintDB(`test-${crypto.randomUUID()}`);
    const seen = mount(db, 100);
    await until(() => seen.value === 0);
    const before = seen.runs;
    const t0 = Date.now();
    for (let i = 0; i < 40; i++) {
      await db.meta.put({ key: `k${i}`, value: i });
      await new Promise((r) => setTimeout(r, 5));
    }
    const span = Date.now() - t0;
    await until(() => seen.value === 40);
    const runs = seen.runs - before;
    // One run per 100 ms of writes (plus the leading and trailing ones), not one per write.
    expect(runs).toBeLessThanOrEqual(Math.ceil(span / 100) + 2);
    expect(runs).toBeLessThan(40);
  });

  it('with settle, runs only once the writes pause (a restore writing page after page)', async () => {
    const db = new OffprintDB(`test-${crypto.randomUUID()}`);
    const seen = mount(db, 500, true);
    await until(() => seen.value === 0);
    await new Promise((r) => setTimeout(r, 550));
    const before = seen.runs;
    for (let i = 0; i < 20; i++) {
      await db.meta.put({ key: `k${i}`, value: i });
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen.runs).toBe(before); // writes kept coming faster than the 500 ms quiet time
    await until(() => seen.value === 20);
    expect(seen.runs).toBe(before + 1);
  });

  it('with settle, waits for the end of an import of this page (its writes pause longer than that)', async () => {
    const db = new OffprintDB(`test-${crypto.randomUUID()}`);
    const seen = mount(db, 50, true);
    await until(() => seen.value === 0);
    await new Promise((r) => setTimeout(r, 80));
    const before = seen.runs;
    let end!: () => void;
    const restore = localImports.track(new Promise<void>((r) => (end = r)));
    for (let i = 0; i < 3; i++) {
      await db.meta.put({ key: `k${i}`, value: i });
      await new Promise((r) => setTimeout(r, 120)); // a restore's next write comes seconds later
    }
    expect(seen.runs).toBe(before); // no whole-table read between two of the import's writes
    end();
    await restore;
    await until(() => seen.value === 3);
    expect(seen.runs).toBe(before + 1);
    expect(localImports.running()).toBe(0);
  });
});
