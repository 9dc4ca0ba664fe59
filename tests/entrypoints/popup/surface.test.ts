import { describe, expect, it } from 'vitest';
import { popupSurface } from '@/entrypoints/popup/surface';

describe('popupSurface', () => {
  const me = {} as Window;
  it('is the toolbar when the extension lists this window among its popup views', () => {
    expect(popupSurface(me, { getViews: () => [{} as Window, me] })).toBe('toolbar');
  });
  it('is a tab otherwise: opened in a tab, on Firefox for Android, or without the API', () => {
    expect(popupSurface(me, { getViews: () => [] })).toBe('tab');
    expect(popupSurface(me, {})).toBe('tab');
    expect(
      popupSurface(me, {
        getViews: () => {
          throw new Error('not supported');
        },
      }),
    ).toBe('tab');
  });
});
