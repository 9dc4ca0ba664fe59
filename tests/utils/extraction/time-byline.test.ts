// A post's time line that prints the author before the date (phpBB 3.0's "by name » Tue Aug 27, 2019 1:47 am") gives
// the date alone, so the header names the author once. Fixture page: tests/fixtures/pages/forum-phpbb3-byline.
import { describe, expect, it } from 'vitest';
import { withoutByline } from '@/utils/extraction/time-byline';

const time = (text: string) => ({ text, datetime: null });

describe('withoutByline', () => {
  it('drops the byline before the date, in several languages', () => {
    expect(withoutByline(time('by wren_h » Tue Aug 27, 2019 1:47 am'), 'wren_h').text).toBe('Tue Aug 27, 2019 1:47 am');
    expect(withoutByline(time('Post by wren_h » Tue Aug 27, 2019 1:47 am'), 'wren_h').text).toBe(
      'Tue Aug 27, 2019 1:47 am',
    );
    expect(withoutByline(time('von Kai Ober » Di 27. Aug 2019, 01:47'), 'Kai Ober').text).toBe(
      'Di 27. Aug 2019, 01:47',
    );
    expect(withoutByline(time('par élodie » mar. 27 août 2019 01:47'), 'élodie').text).toBe('mar. 27 août 2019 01:47');
    expect(withoutByline(time('Posted by rjones on Mar 14, 2023'), 'rjones').text).toBe('Mar 14, 2023');
  });

  it('keeps a time whose name is a word of the date, or a line without the name', () => {
    expect(withoutByline(time('Tue Mar 14, 2023 9:12 am'), 'Mar').text).toBe('Tue Mar 14, 2023 9:12 am');
    expect(withoutByline(time('Jan 12, 2024'), 'Jan').text).toBe('Jan 12, 2024');
    expect(withoutByline(time('Tue Aug 27, 2019 1:47 am'), 'wren_h').text).toBe('Tue Aug 27, 2019 1:47 am');
    expect(withoutByline(time('#4 by wren_h » Tue Aug 27, 2019'), 'wren_h').text).toBe(
      '#4 by wren_h » Tue Aug 27, 2019',
    );
    expect(withoutByline(time('by wren_h »'), 'wren_h').text).toBe('by wren_h »');
    expect(withoutByline(time('by wren_h » Tue Aug 27, 2019'), null).text).toBe('by wren_h » Tue Aug 27, 2019');
  });
});
