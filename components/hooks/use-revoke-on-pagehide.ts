import { useEffect } from 'preact/hooks';

/**
 * Revokes every object URL a cache holds when the page goes away (pagehide) or the component unmounts,
 * and empties the cache: blob URLs pin their Blob in memory until revoked.
 */
export function useRevokeOnPagehide<K, V>(cache: { current: Map<K, V> }, urlOf: (v: V) => string): void {
  useEffect(() => {
    const revokeAll = () => {
      for (const v of cache.current.values()) URL.revokeObjectURL(urlOf(v));
      cache.current.clear();
    };
    addEventListener('pagehide', revokeAll);
    return () => {
      removeEventListener('pagehide', revokeAll);
      revokeAll();
    };
    // The cache object and the accessor are fixed for the component's life: subscribe once.
  }, []);
}
