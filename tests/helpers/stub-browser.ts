import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Event stand-in whose listeners tests can call. */
function event<T extends (...a: any[]) => unknown>() {
  const listeners: T[] = [];
  return {
    addListener: (fn: T) => void listeners.push(fn),
    removeListener: vi.fn(),
    hasListener: vi.fn(() => false),
    listeners,
  };
}

/**
 * Fills the APIs WXT's fakeBrowser does not implement (permissions, contextMenus, scripting, commands)
 * with plain stand-ins: no optional permission granted, menus recorded, scripts answered by `executeScript`.
 */
export function stubBrowserGaps(opts: { executeScript?: ReturnType<typeof vi.fn>; granted?: boolean } = {}) {
  const b = fakeBrowser as any;
  b.permissions = {
    contains: vi.fn(async () => !!opts.granted),
    getAll: vi.fn(async () => ({ permissions: [], origins: opts.granted ? ['<all_urls>'] : [] })),
    request: vi.fn(async () => !!opts.granted),
    onAdded: event(),
    onRemoved: event(),
  };
  b.contextMenus = {
    create: vi.fn(),
    removeAll: vi.fn(async () => {}),
    update: vi.fn(async () => {}),
    onClicked: event(),
  };
  b.scripting = { executeScript: opts.executeScript ?? vi.fn().mockResolvedValue([]) };
  // Sync's live port (utils/sync/schedule-sync.ts): pages connect, tests need not.
  b.runtime.onConnect = event();
  const onCommand = event<(command: string, tab?: { id?: number }) => Promise<void>>();
  b.commands = { onCommand, getAll: vi.fn(async () => []) };
  return { onCommand };
}
