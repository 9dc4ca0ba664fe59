import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { formatCount } from '@/utils/lib/format-count';

describe('formatCount', () => {
  it('writes a count as toLocaleString does, in the given locale', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'hi-IN', undefined])
      for (const n of [0, 1, 999, 1000, 10_000, 1_234_567])
        expect(formatCount(n, locale)).toBe(n.toLocaleString(locale));
    expect(formatCount(10_000, 'en-US')).toBe('10,000');
  });

  it('makes its formatter once per locale, not one per call (the list writes its count at every render)', () => {
    const Real = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    } as typeof Real;
    onTestFinished(() => void (Intl.NumberFormat = Real));
    const perCall = vi.spyOn(Number.prototype, 'toLocaleString');
    onTestFinished(() => perCall.mockRestore());
    for (let i = 0; i < 500; i++) formatCount(i, 'es-ES');
    expect(made).toBeLessThanOrEqual(1);
    expect(perCall).not.toHaveBeenCalled();
  });
});
