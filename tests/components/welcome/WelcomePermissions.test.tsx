import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomePermissions } from '@/components/welcome/WelcomePermissions';
import { promptDecision } from '@/utils/storage/prompts';
import { stubBrowserGaps } from '../../helpers/stub-browser';

let root: HTMLElement;
const until = async <T,>(fn: () => T, ms = 2000): Promise<T> => {
  const t0 = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('WelcomePermissions', () => {
  it('asks with the reason, records “granted”, and the popup then never asks', async () => {
    stubBrowserGaps();
    const request = vi.fn().mockResolvedValue(true);
    (fakeBrowser.permissions as unknown as { request: unknown }).request = request;
    render(<WelcomePermissions />, root);
    expect(root.textContent).toMatch(/Pictures in articles usually come from other servers/);
    (await until(() => root.querySelector<HTMLButtonElement>('#welcome-allow-images')))!.click();
    await until(() => root.querySelector('#welcome-images-state')?.textContent?.includes('Allowed'));
    expect(request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    await expect(promptDecision('image-permission')).resolves.toBe('granted');
  });

  it('records “Not now” as a decision, and still offers to allow later', async () => {
    stubBrowserGaps();
    render(<WelcomePermissions />, root);
    (await until(() => root.querySelector<HTMLButtonElement>('#welcome-images-not-now')))!.click();
    await until(() => root.querySelector('#welcome-images-state')?.textContent?.includes('Not allowed'));
    await expect(promptDecision('image-permission')).resolves.toBe('declined');
    expect(root.querySelector('#welcome-allow-images')?.textContent).toBe('Allow after all');
  });
});
