import { useRef, useState } from 'preact/hooks';

/** A long, cancellable job's state, for a progress bar and its outcome. */
export type JobState<T> =
  | { phase: 'idle' }
  | { phase: 'running'; label: string; done: number; total: number }
  | { phase: 'done'; result: T }
  | { phase: 'error'; message: string }
  | { phase: 'cancelled' };

/** The job body: gets the cancel signal and a progress callback. */
export type JobFn<T> = (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<T>;

const isAbort = (e: unknown) => (e as Error)?.name === 'AbortError';

/** Runs one cancellable job at a time with progress (export, restore, import). */
export function useJob<T>() {
  const [state, setState] = useState<JobState<T>>({ phase: 'idle' });
  const ctl = useRef<AbortController | null>(null);
  const run = async (label: string, fn: JobFn<T>): Promise<T | undefined> => {
    const c = new AbortController();
    ctl.current = c;
    setState({ phase: 'running', label, done: 0, total: 0 });
    try {
      const result = await fn(c.signal, (done, total) => setState({ phase: 'running', label, done, total }));
      setState({ phase: 'done', result });
      return result;
    } catch (e) {
      setState(isAbort(e) ? { phase: 'cancelled' } : { phase: 'error', message: (e as Error)?.message ?? String(e) });
      return undefined;
    } finally {
      ctl.current = null;
    }
  };
  return { state, run, cancel: () => ctl.current?.abort(), reset: () => setState({ phase: 'idle' }) };
}
