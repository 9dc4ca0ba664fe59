import { describe, expect, it } from 'vitest';
import { lastSyncedText, pendingText, syncFailing, syncProgressText } from '@/utils/sync/sync-status-text';

describe('sync status in words', () => {
  it.each([
    [{ phase: 'apply', done: 1240, total: 10000 }, true, 'First sync: 1,240 / 10,000 articles'],
    [{ phase: 'apply', done: 1, total: 1 }, false, '1 / 1 article'],
    [{ phase: 'pull', done: 50, total: 0 }, true, 'First sync: receiving from the server: 50 articles'],
    [{ phase: 'pull', done: 1, total: 0 }, true, 'First sync: receiving from the server: 1 article'],
    [{ phase: 'push', done: 3, total: 7 }, false, 'sending to the server: 3 / 7 articles'],
    [{ phase: 'push', done: 1, total: 1 }, false, 'sending to the server: 1 / 1 article'],
    // Never more done than in all (an estimated total that fell short reads as complete).
    [{ phase: 'apply', done: 12, total: 10 }, true, 'First sync: 12 / 12 articles'],
  ] as const)('progress %j (first sync %s) reads "%s"', (p, first, words) => {
    expect(syncProgressText(p, first)).toBe(words);
  });

  it('says how long ago it last synced', () => {
    const now = Date.UTC(2026, 10, 30, 12);
    expect(lastSyncedText(null, now)).toBe('Not synced yet.');
    expect(lastSyncedText(now - 10_000, now)).toBe('Last synced just now.');
    expect(lastSyncedText(now - 60_000, now)).toBe('Last synced 1 minute ago.');
    expect(lastSyncedText(now - 42 * 60_000, now)).toBe('Last synced 42 minutes ago.');
    expect(lastSyncedText(now - 3 * 3600_000, now)).toBe('Last synced 3 hours ago.');
    expect(lastSyncedText(now - 3 * 86400_000, now)).toMatch(/^Last synced on .*2026 at /);
  });

  it('counts the changes waiting', () => {
    expect(pendingText(0)).toBe('No changes waiting.');
    expect(pendingText(1)).toBe('1 change waiting to be sent.');
    expect(pendingText(12345)).toBe('12,345 changes waiting to be sent.');
  });

  it('marks sync as failing only while it is on and has an error', () => {
    const base = { enabled: true, lastError: null } as never;
    expect(syncFailing(null)).toBe(false);
    expect(syncFailing(base)).toBe(false);
    expect(syncFailing({ ...(base as object), lastError: { code: 'other', message: 'x' } } as never)).toBe(true);
    expect(syncFailing({ enabled: false, lastError: { code: 'other', message: 'x' } } as never)).toBe(false);
  });
});
