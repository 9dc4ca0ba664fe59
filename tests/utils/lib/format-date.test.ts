import { describe, expect, it } from 'vitest';
import { formatPublished } from '@/utils/lib/format-date';

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
