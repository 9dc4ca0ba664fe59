import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RestoreSummary } from '@/utils/data/restore/restore-backup';

// The restore functions are the data layer's (tested in tests/utils/data/restore); here only what the section
// asks before a replace that sync would carry to the other browsers.
const calls: { fn: string; mode: string; opts?: Record<string, unknown> }[] = [];
let removedEverywhere = 3;
const summary = (mode: 'merge' | 'replace'): RestoreSummary =>
  ({
    mode,
    manifest: { createdAt: Date.UTC(2026, 10, 1), counts: { articles: 5 } },
    added: 1,
    updated: 1,
    unchanged: 2,
    removed: mode === 'replace' ? 3 : 0,
    removedEverywhere: mode === 'replace' ? removedEverywhere : 0,
    skipped: [],
  }) as unknown as RestoreSummary;
vi.mock('@/utils/data/restore/restore-backup', () => ({
  previewRestore: async (_f: Blob, mode: 'merge' | 'replace') => (calls.push({ fn: 'preview', mode }), summary(mode)),
  restoreBackup: async (_f: Blob, mode: 'merge' | 'replace', opts: Record<string, unknown>) => (
    calls.push({ fn: 'restore', mode, opts: { deleteEverywhere: opts.deleteEverywhere } }),
    summary(mode)
  ),
}));
const { RestoreSection } = await import('@/components/options/RestoreSection');

let root: HTMLDivElement;
const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s);
async function until<T>(check: () => T, ms = 3000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error('timed out; DOM: ' + root.innerHTML.slice(0, 1200));
    await new Promise((r) => setTimeout(r, 10));
  }
}
async function pick(mode: 'merge' | 'replace') {
  const input = $<HTMLInputElement>('#restore-file')!;
  Object.defineProperty(input, 'files', { value: [new File(['zip'], 'backup.zip')], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => $('#restore-preview'));
  if (mode === 'merge') return;
  $<HTMLInputElement>('#restore-mode-replace')!.click();
  await until(() => $('#restore-preview')?.textContent?.includes('not in the backup'));
}

beforeEach(() => {
  fakeBrowser.reset();
  calls.length = 0;
  removedEverywhere = 3;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Restore in replace mode with sync on', () => {
  it('says the deletes reach the other browsers and goes on only when asked to delete everywhere', async () => {
    render(<RestoreSection />, root);
    await pick('replace');
    const consent = await until(() => $('#restore-consent'));
    expect(consent.textContent).toMatch(
      /Sync is on: the 3 articles deleted here are deleted on\s+your other browsers too/,
    );
    expect($('#restore-confirm')).toBeNull();
    $<HTMLButtonElement>('#restore-everywhere')!.click();
    await until(() => $('#restore-status'));
    expect(calls.at(-1)).toEqual({ fn: 'restore', mode: 'replace', opts: { deleteEverywhere: true } });
  });

  it('offers to merge instead, which deletes nothing', async () => {
    render(<RestoreSection />, root);
    await pick('replace');
    (await until(() => $<HTMLButtonElement>('#restore-merge-instead'))).click();
    await until(() => $('#restore-confirm') && !$('#restore-consent'));
    expect($<HTMLInputElement>('#restore-mode-merge')!.checked).toBe(true);
    $<HTMLButtonElement>('#restore-confirm')!.click();
    await until(() => $('#restore-status'));
    expect(calls.at(-1)).toEqual({ fn: 'restore', mode: 'merge', opts: { deleteEverywhere: false } });
  });

  it('cancels without restoring', async () => {
    render(<RestoreSection />, root);
    await pick('replace');
    (await until(() => $<HTMLButtonElement>('#restore-cancel'))).click();
    await until(() => !$('#restore-preview'));
    expect(calls.some((c) => c.fn === 'restore')).toBe(false);
  });

  it('asks nothing more when sync is off', async () => {
    removedEverywhere = 0;
    render(<RestoreSection />, root);
    await pick('replace');
    expect($('#restore-consent')).toBeNull();
    expect($('#restore-confirm')!.textContent).toBe('Replace my library with this backup');
  });
});
