import { render } from 'preact';

/** A hook rendered in a probe component: its latest return value, how often it rendered, and controls. */
export interface HookProbe<P, R> {
  /** What the hook returned in the latest render. */
  readonly current: R;
  /** Renders done so far. */
  readonly renders: number;
  /** Renders again with new props (synchronously, as a parent's render would). */
  rerender(props: P): void;
  unmount(): void;
}

/** Renders `hook(props)` in a probe component mounted in the document. */
export function renderHook<P, R>(hook: (props: P) => R, props: P): HookProbe<P, R> {
  const root = document.createElement('div');
  document.body.append(root);
  const probe = {
    current: undefined as R,
    renders: 0,
    rerender: (next: P) => render(<Probe props={next} />, root),
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
  function Probe({ props: p }: { props: P }) {
    probe.current = hook(p);
    probe.renders++;
    return null;
  }
  probe.rerender(props);
  return probe;
}

/** Waits until `f` returns (or resolves to) something truthy, polling, and returns it. */
export async function until<T>(
  f: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  ms = 3000,
): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
