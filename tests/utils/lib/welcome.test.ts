import { describe, expect, it, vi } from 'vitest';
import { openWelcomeOnInstall, WELCOME_PAGE } from '@/utils/lib/welcome';

describe('openWelcomeOnInstall', () => {
  const url = (p: string) => `chrome-extension://id${p}`;

  it('opens the welcome page after a fresh install', async () => {
    const create = vi.fn(async () => ({}));
    await expect(openWelcomeOnInstall({ reason: 'install' }, { create }, url)).resolves.toBe(true);
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://id${WELCOME_PAGE}` });
  });

  it('does not open it after an update or a browser update', async () => {
    const create = vi.fn(async () => ({}));
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update'])
      await expect(openWelcomeOnInstall({ reason }, { create }, url)).resolves.toBe(false);
    expect(create).not.toHaveBeenCalled();
  });

  it('only skips it where no tab can be opened', async () => {
    const create = vi.fn(async () => {
      throw new Error('no tabs here');
    });
    await expect(openWelcomeOnInstall({ reason: 'install' }, { create }, url)).resolves.toBe(false);
  });
});
