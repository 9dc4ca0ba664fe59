import { describe, expect, it } from 'vitest';
import { toolbarPlacement } from '@/components/reader/toolbar-placement';

const view = { width: 1000, height: 800, scrollX: 0, scrollY: 500 };
const bar = { width: 300, height: 40 };

describe('toolbarPlacement', () => {
  it('puts the toolbar above a mouse selection, centred on it, in page coordinates', () => {
    const p = toolbarPlacement({ top: 300, bottom: 320, left: 400, right: 600 }, bar, view, false);
    expect(p).toEqual({ side: 'above', top: 300 - 8 - 40 + 500, left: 350 });
  });

  it('puts it below the selection on touch screens, clear of the selection handles and the system menu', () => {
    const p = toolbarPlacement({ top: 300, bottom: 320, left: 400, right: 600 }, bar, view, true);
    expect(p.side).toBe('below');
    expect(p.top).toBe(320 + 28 + 500);
  });

  it('flips to the other side when there is no room, and stays inside the window', () => {
    expect(toolbarPlacement({ top: 10, bottom: 30, left: 0, right: 20 }, bar, view, false)).toMatchObject({
      side: 'below',
      left: 8,
    });
    expect(toolbarPlacement({ top: 700, bottom: 790, left: 980, right: 1000 }, bar, view, true)).toMatchObject({
      side: 'above',
      left: 1000 - 300 - 8,
    });
  });
});
