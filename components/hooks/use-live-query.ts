import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Re-renders with the result of a Dexie query whenever its tables change (in any extension context). */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error('live query failed', e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
