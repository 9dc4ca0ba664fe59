// A Drupal 6 forum topic in Garland, Drupal 6's default theme (the shape of the real Drupal 6 forums found in static
// archives): the page's container, the box around the page's content and each post's links box are all classed
// `clear-block`, Drupal 6's float clearer, and each comment prints "Submitted by <name> on <date> - 11:54." with the
// sentence's full stop after the time. Fixture page: tests/fixtures/pages/forum-drupal-garland (German, "Eingereicht
// von … am …").
import { describe, expect, it } from 'vitest';
import { threadKept } from '../../helpers/forum-thread';
import { loadPage } from '../../helpers/extraction-pages';
import { withoutStop } from '@/utils/extraction/time-stop';

const SLUG = 'forum-drupal-garland';

describe('a Drupal 6 forum topic in Garland (forum-drupal-garland)', () => {
  it('keeps the topic as a thread: every post with its writer and its time without the full stop', () => {
    const { kind, heads, text } = threadKept(loadPage(SLUG));
    expect(kind).toBe('thread');
    expect(heads).toEqual([
      'hagebutte · Mo, 03.11.2014 - 07:42',
      'fliederweg · Mo, 03.11.2014 - 09:15',
      'hagebutte · Mo, 03.11.2014 - 18:20',
      'kressebeet · Di, 04.11.2014 - 12:03',
    ]);
    expect(text).toContain('Wir haben so schon zwei verloren.');
    for (const chrome of ['Aktive Forenbeiträge', 'um Kommentare zu schreiben', 'Benutzername', 'Impressum'])
      expect(text).not.toContain(chrome);
  });

  it('drops a full stop after a time of day only', () => {
    const t = (text: string) => withoutStop({ text, datetime: null }).text;
    expect(t('Mon, 03/06/2013 - 11:54.')).toBe('Mon, 03/06/2013 - 11:54');
    expect(t('Mo, 03.11.2014 - 07:42.')).toBe('Mo, 03.11.2014 - 07:42');
    expect(t('March 6, 2013 at 9:12 pm.')).toBe('March 6, 2013 at 9:12 pm');
    expect(t('6. März 2013, 14:02 Uhr.')).toBe('6. März 2013, 14:02 Uhr');
    expect(t('2013年3月6日 11:54。')).toBe('2013年3月6日 11:54');
    // Stops that are the time's own: "p.m.", a month cut short, a day's number.
    expect(t('March 6, 2013, 9:12 p.m.')).toBe('March 6, 2013, 9:12 p.m.');
    expect(t('6 Sept.')).toBe('6 Sept.');
    // Nor a poster's id that ends in one (Futaba's ids are letters, digits, "." and "/").
    expect(t('25/11/08(土)17:17:51 ID:OcjDoy2.')).toBe('25/11/08(土)17:17:51 ID:OcjDoy2.');
    expect(t('Mon, 03/06/2013 - 11:54')).toBe('Mon, 03/06/2013 - 11:54');
  });
});
