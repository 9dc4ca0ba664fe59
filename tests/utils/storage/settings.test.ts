import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, setSettings } from '@/utils/storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('gives the defaults until something is stored, then keeps every change', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await setSettings({ theme: 'sepia' });
    await setSettings({ fontSize: 21 });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 21 });
  });

  it('keeps both of two changes made at once (no lost update)', async () => {
    const [a, b] = await Promise.all([setSettings({ theme: 'dark' }), setSettings({ font: 'sans' })]);
    expect(a.theme).toBe('dark');
    expect(b).toMatchObject({ theme: 'dark', font: 'sans' });
    expect(await getSettings()).toMatchObject({ theme: 'dark', font: 'sans' });
  });
});
