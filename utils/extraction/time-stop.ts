import type { PostTime } from './post-time';

/**
 * A time line's closing full stop: a stop (".", "。") right after a time of day ("11:54.", "17:17:51."), or after
 * "am", "pm" or "Uhr" written without stops ("9:12 pm.", "14:02 Uhr."). Not "p.m." (its own stops), a month cut short
 * ("5 Sept.") nor a poster's id that ends in a stop (Futaba's "ID:OcjDoy2.": its ids are letters, digits, "." and "/").
 */
const CLOSING_STOP = /(?:\b\d{1,2}:\d{2}(?::\d{2})?|\b[ap]m|\buhr)\s*[.。]$/iu;

/**
 * A post's time without the full stop that closes the sentence it is printed in. Drupal 6 prints each comment's
 * "Submitted by <name> on Mon, 03/06/2013 - 11:54." (German "Eingereicht von <name> am Mo, 03.06.2013 - 11:54."):
 * the stop ends the sentence, not the time, and a kept thread printed "name · Mon, 03/06/2013 - 11:54.". Only the
 * stop goes; a time that ends otherwise is kept as it is.
 */
export function withoutStop(time: PostTime): PostTime {
  const text = time.text;
  if (!CLOSING_STOP.test(text)) return time;
  return { ...time, text: text.slice(0, -1).trimEnd() };
}
