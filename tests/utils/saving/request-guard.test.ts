import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installRequestGuard } from '@/utils/saving/request-guard';
import { stubBrowserGaps } from '../../helpers/stub-browser';

/** Chrome's session rules as far as the guard uses them: an update with an id already there fails. */
function fakeDnr() {
  let rules: { id: number }[] = [];
  const tick = () => new Promise((r) => setTimeout(r, 5));
  return {
    getSessionRules: async () => (await tick(), [...rules]),
    updateSessionRules: async ({
      removeRuleIds = [],
      addRules = [],
    }: {
      removeRuleIds?: number[];
      addRules?: { id: number }[];
    }) => {
      await tick();
      const kept = rules.filter((r) => !removeRuleIds.includes(r.id));
      for (const r of addRules)
        if (kept.some((k) => k.id === r.id)) throw new Error(`Rule with id ${r.id} does not have a unique ID.`);
      rules = [...kept, ...addRules];
    },
    rules: () => rules,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ granted: true });
});

describe('installRequestGuard', () => {
  it('installs one at a time: overlapping calls (policy change, sync exempting its server) do not clash', async () => {
    const dnr = fakeDnr();
    (fakeBrowser as any).declarativeNetRequest = dnr;
    const results = await Promise.all([installRequestGuard(), installRequestGuard(), installRequestGuard()]);
    expect(results).toEqual([true, true, true]);
    const ids = dnr.rules().map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
