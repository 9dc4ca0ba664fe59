import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decidePrompt, promptDecision, PROMPTS_KEY } from '@/utils/storage/prompts';

beforeEach(() => fakeBrowser.reset());

describe('prompts asked once', () => {
  it('has no decision until one is recorded, then keeps the last one', async () => {
    expect(await promptDecision('image-permission')).toBeNull();
    await decidePrompt('image-permission', 'declined', 5);
    expect(await promptDecision('image-permission')).toBe('declined');
    await decidePrompt('image-permission', 'granted', 6);
    expect(await promptDecision('image-permission')).toBe('granted');
    expect((await fakeBrowser.storage.local.get(PROMPTS_KEY))[PROMPTS_KEY]).toEqual({
      'image-permission': { decision: 'granted', at: 6 },
    });
  });

  it('reads damaged storage as no decision', async () => {
    await fakeBrowser.storage.local.set({ [PROMPTS_KEY]: 'nonsense' });
    expect(await promptDecision('image-permission')).toBeNull();
  });
});
