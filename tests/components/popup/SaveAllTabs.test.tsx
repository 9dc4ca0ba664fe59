import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SaveAllTabs } from '@/components/popup/SaveAllTabs';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { stubBrowserGaps } from '../../helpers/stub-browser';

/** Waits until the component asked whether it may read all sites, and that answer was applied (under load too). */
async function permissionKnown() {
  const contains = fakeBrowser.permissions.contains as unknown as { mock: { calls: unknown[] } };
  while (!contains.mock.calls.length) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 20));
}

let root: HTMLDivElement;
let db: OffprintDB;

async function until<T>(check: () => T, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out; DOM: ' + root.innerHTML.slice(0, 600));
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ granted: true });
  db = new OffprintDB(`all-tabs-${crypto.randomUUID()}`);
  setDb(db);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 1, url: 'https://a.example/one', title: 'One' },
    { id: 2, url: 'https://b.example/two', title: 'Two' },
  ] as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('SaveAllTabs', () => {
  it('queues the tabs and says in words that the background did not take them up', async () => {
    fakeBrowser.runtime.onMessage.addListener((() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) as never);
    render(<SaveAllTabs />, root);
    await permissionKnown();
    (root.querySelector('#save-all') as HTMLButtonElement).click();
    const problem = await until(() => root.querySelector('#save-all-problem'));
    expect(problem!.textContent).toMatch(
      /^The tabs are queued but not saved yet\. Offprint’s background did not answer\. Try again\./,
    );
    expect(await db.queue.count()).toBe(2); // nothing lost: the next popup resumes them
  });

  it('shows no problem when the background starts on the batch', async () => {
    fakeBrowser.runtime.onMessage.addListener((() => Promise.resolve({ ok: true })) as never);
    render(<SaveAllTabs />, root);
    await permissionKnown();
    (root.querySelector('#save-all') as HTMLButtonElement).click();
    await until(() => root.querySelector('#batch'));
    expect(root.querySelector('#save-all-problem')).toBeNull();
  });
});
