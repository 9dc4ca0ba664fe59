import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { useRevokeOnPagehide } from '@/components/hooks/use-revoke-on-pagehide';

let root: HTMLElement | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
});

function mount(urls: string[]) {
  const seen: { cache?: Map<number, { url: string }> } = {};
  function Probe() {
    const cache = useRef(new Map(urls.map((url, i) => [i, { url }])));
    seen.cache = cache.current;
    useRevokeOnPagehide(cache, (v) => v.url);
    return null;
  }
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Probe />, root!));
  return seen;
}

describe('useRevokeOnPagehide', () => {
  it('revokes every cached object URL and empties the cache when the page is hidden', () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const seen = mount(['blob:a', 'blob:b']);
    expect(revoke).not.toHaveBeenCalled();
    dispatchEvent(new Event('pagehide'));
    expect(revoke.mock.calls.map((c) => c[0])).toEqual(['blob:a', 'blob:b']);
    expect(seen.cache!.size).toBe(0);
  });

  it('revokes on unmount and stops listening', () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const seen = mount(['blob:c']);
    act(() => render(null, root!));
    expect(revoke.mock.calls.map((c) => c[0])).toEqual(['blob:c']);
    seen.cache!.set(9, { url: 'blob:late' });
    dispatchEvent(new Event('pagehide'));
    expect(revoke).toHaveBeenCalledTimes(1);
  });
});
