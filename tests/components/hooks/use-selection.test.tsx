import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryView, SearchResult } from '@/utils/search/search-articles';
import { useSelection } from '@/components/hooks/use-selection';
import { renderHook, until, type HookProbe } from '../../helpers/render-hook';

type Props = { ids: number[]; result: SearchResult | undefined; view: LibraryView };
let probe: HookProbe<Props, ReturnType<typeof useSelection>> | undefined;
afterEach(() => probe?.unmount());

const IDS = [10, 11, 12, 13, 14];
const tick = () => new Promise((r) => setTimeout(r, 30));
/** Mounted, with its mount effects run (they empty the selection, as a change of view does). */
async function mount() {
  probe = renderHook((p: Props) => useSelection(p.ids, p.result, p.view), {
    ids: IDS,
    result: { ids: IDS, partial: false },
    view: 'unread',
  });
  await tick();
  return probe;
}
const selected = () => [...probe!.current.selected].sort();

describe('useSelection', () => {
  it('toggles rows, selects a range with Shift from the last clicked row, selects all and clears', async () => {
    const s = await mount();
    s.current.click(11, false);
    await until(() => s.current.selected.size === 1);
    s.current.click(13, true);
    await until(() => s.current.selected.size === 3);
    expect(selected()).toEqual([11, 12, 13]);
    s.current.toggle(12);
    await until(() => s.current.selected.size === 2);
    expect(selected()).toEqual([11, 13]);
    s.current.selectAll();
    await until(() => s.current.selected.size === 5);
    s.current.clear();
    await until(() => s.current.selected.size === 0);
  });

  it('drops deleted rows, and rows that left the complete list (not a partial phrase result)', async () => {
    const s = await mount();
    s.current.selectAll();
    await until(() => s.current.selected.size === 5);
    s.current.drop([10]);
    await until(() => s.current.selected.size === 4);
    // A partial phrase result is not the list yet: the selection stays.
    s.rerender({ ids: [11], result: { ids: [11], partial: true }, view: 'unread' });
    await tick();
    expect(selected()).toEqual([11, 12, 13, 14]);
    // Archived from Unread (or deleted elsewhere): the rows leave the list and the selection.
    s.rerender({ ids: [11, 14], result: { ids: [11, 14], partial: false }, view: 'unread' });
    await until(() => s.current.selected.size === 2);
    expect(selected()).toEqual([11, 14]);
  });

  it('is emptied when the view changes', async () => {
    const s = await mount();
    s.current.click(12, false);
    await until(() => s.current.selected.size === 1);
    s.rerender({ ids: IDS, result: { ids: IDS, partial: false }, view: 'archived' });
    await until(() => s.current.selected.size === 0);
  });
});
