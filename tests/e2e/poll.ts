/**
 * Calls `fn` every `interval` ms until it returns a truthy value, and returns that value; throws after `timeout` ms.
 */
export async function poll<T>(
  fn: () => T | Promise<T>,
  {
    timeout = 10_000,
    interval = 20,
    what = 'the condition',
  }: { timeout?: number; interval?: number; what?: string } = {},
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
