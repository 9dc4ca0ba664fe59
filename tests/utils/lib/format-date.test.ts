import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { formatDate, formatPublished } from '@/utils/lib/format-date';

afterEach(() => vi.restoreAllMocks());

describe('formatDate', () => {
  const now = new Date(2026, 10, 30, 21, 30).getTime();
  const cases = [
    ['today', new Date(2026, 10, 30, 9, 5).getTime()],
    ['this year', new Date(2026, 2, 3, 12).getTime()],
    ['before', new Date(2024, 2, 3, 12).getTime()],
  ] as const;

  it('says the time today, the day this year, the day and year before, in the given locale', () => {
    for (const locale of ['en-US', 'de-DE', 'ja-JP', undefined]) {
      const [today, thisYear, before] = cases.map(([, ms]) => formatDate(ms, now, locale));
      const d = (ms: number) => new Date(ms);
      expect(today).toBe(d(cases[0][1]).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }));
      expect(thisYear).toBe(d(cases[1][1]).toLocaleDateString(locale, { month: 'short', day: 'numeric' }));
      expect(before).toBe(
        d(cases[2][1]).toLocaleDateString(locale, { month: 'short', day: 'numeric', year: 'numeric' }),
      );
    }
    expect(formatDate(cases[1][1], now, 'en-US')).toBe('Mar 3');
    expect(formatDate(cases[2][1], now, 'en-US')).toBe('Mar 3, 2024');
  });

  it('makes its formatters once, not one per date (each list row formats its date at every render)', () => {
    const Real = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    } as typeof Real;
    onTestFinished(() => void (Intl.DateTimeFormat = Real));
    const perCall = [
      vi.spyOn(Date.prototype, 'toLocaleTimeString'),
      vi.spyOn(Date.prototype, 'toLocaleDateString'),
      vi.spyOn(Date.prototype, 'toLocaleString'),
    ];
    for (let i = 0; i < 200; i++) for (const [, ms] of cases) formatDate(ms + i * 60_000, now, 'fr-FR');
    expect(made).toBeLessThanOrEqual(3);
    for (const spy of perCall) expect(spy).not.toHaveBeenCalled();
  });
});

describe('formatPublished', () => {
  it('formats with Intl.DateTimeFormat in the given locale', () => {
    const want = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2026, 2, 4, 10),
    );
    expect(formatPublished('2026-03-04T10:00:00Z', 'de-DE', 'UTC')).toBe(want);
    expect(formatPublished('2026-03-04T10:00:00Z', 'en-US', 'UTC')).toBe('March 4, 2026');
  });

  it('shows a date-only value as that day in every time zone (not the day before west of UTC)', () => {
    for (const tz of ['America/Los_Angeles', 'UTC', 'Asia/Tokyo'])
      expect(formatPublished('2026-03-04', 'en-US', tz), tz).toBe('March 4, 2026');
  });

  it('shows a moment as the day it was where the reader is', () => {
    expect(formatPublished('2026-03-04T02:00:00Z', 'en-US', 'America/Los_Angeles')).toBe('March 3, 2026');
  });

  it('says nothing for a value that is not a date', () => {
    expect(formatPublished('soon', 'en-US')).toBeNull();
    expect(formatPublished(null)).toBeNull();
  });
});
