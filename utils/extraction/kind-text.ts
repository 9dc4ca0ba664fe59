/** Month names and abbreviations (English, German, French, Spanish, Italian, Portuguese, Dutch). */
const MONTH =
  '(jan(uary|uar|vier|eiro)?|feb(ruary|ruar)?|févr(ier)?|fév|mar(ch|s|zo|ço)?|märz|mär|apr(il|ile)?|' +
  'avr(il)?|abr(il)?|may|mai|mayo|maggio|maio|mei|jun(e|i|io|ho)?|juin|giu(gno)?|jul(y|i|io|ho)?|' +
  'juil(let)?|lug(lio)?|aug(ust|usti)?|août|ago(sto)?|sep(t|tember|tembre|tiembre|tembro)?|set(tembre|' +
  'embro)?|oct(ober|obre|ubre)?|okt(ober)?|ott(obre)?|out(ubro)?|nov(ember|embre|iembre|embro)?|' +
  'dec(ember|embre)?|dez(ember|embro)?|déc(embre)?|dic(iembre|embre)?|ene(ro)?|gen(naio)?)\\.?';

/** Month names (Russian, Polish and Czech genitive forms, Swedish, Turkish) that MONTH does not read. */
const OTHER_MONTH =
  '(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  '(янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)\\.?|' +
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|' +
  'ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|' +
  'januari|februari|maj|augusti|' +
  'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)';

/**
 * A date or a post's age: "Mar 27, 2025", "27 March 2025", "11-29-2024", "2024-11-29", "2023-3-14 09:12",
 * "29.11.2024", "2024/11/29", "2024年11月29日", "3 hours ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días",
 * "yesterday", "Today 08:05". Matched anywhere in a short line.
 */
export const DATE_TEXT = new RegExp(
  [
    `\\b${MONTH} \\d{1,2}(st|nd|rd|th)?,? \\d{4}\\b`,
    `\\b\\d{1,2}(st|nd|rd|th|\\.)? (de )?${MONTH},? (de )?\\d{4}\\b`,
    `\\b${MONTH} \\d{1,2}(st|nd|rd|th)?,? \\d{1,2}:\\d{2}`,
    '\\b\\d{1,2}[./-]\\d{1,2}[./-](\\d{4}|\\d{2})\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    // Year-first dates with slashes or dots (Japanese and Chinese boards' "2024/11/29 12:34", "2024.11.29"; Korean
    // boards' "2024. 11. 29."), and CJK dates written with their unit signs ("2024年11月29日", "2024년 11월 29일").
    '\\b\\d{4}/\\d{1,2}/\\d{1,2}\\b',
    '\\b\\d{4}\\. ?\\d{1,2}\\. ?\\d{1,2}\\b',
    '\\b\\d{4} ?[年년] ?\\d{1,2} ?[月월] ?\\d{1,2} ?[日일]',
    // Day-first dates with Russian, Polish, Czech, Swedish and Turkish month names ("29 ноября 2024", "29 listopada
    // 2024", "29. listopadu 2024", "29 augusti 2024", "29 Kasım 2024"); the names the list above already reads are
    // left out.
    `\\b\\d{1,2}\\.? ${OTHER_MONTH},? \\d{4}`,
    // One-digit months and days with a time (Discuz! prints "2023-3-14 09:12").
    '\\b\\d{4}-\\d{1,2}-\\d{1,2} \\d{1,2}:\\d{2}\\b',
    '\\b\\d+ ?(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|weeks?|mo|months?|y|yr|years?)' +
      ' ago\\b',
    // Q&A sites' short ages after the post's verb (Quora's "Answered 3y", "Updated 2mo").
    '\\b(answered|updated|asked|posted|edited|replied|commented) \\d+ ?(s|m|min|h|hr|d|w|wk|mo|y|yr)\\b',
    '\\b(vor|il y a|hace|há) \\d+ ',
    // Ages in those languages: "3 дня назад", "3 dni temu", "för 2 dagar sedan", "3 gün önce", "před 3 dny".
    '\\b\\d+ \\p{L}+ (назад|temu|sedan|önce)(?!\\p{L})',
    '\\bpřed \\d+ ',
    '(?<!\\p{L})(вчера|сегодня в|wczoraj|včera|igår)(?!\\p{L})',
    '\\b\\d+ (minuti|ore|giorni|settimane|mesi|anni) fa\\b',
    '\\b(yesterday|gestern|ayer|ieri|ontem)\\b',
    // Today's posts with their time, as forum engines print them ("Today 08:05:44" PunBB and FluxBB, "Today, 08:05 AM"
    // vBulletin and MyBB, "Today at 08:05:44 AM" Simple Machines); the word alone is no date.
    "\\b(today|heute|aujourd'hui|hoy|oggi|hoje),? (at |um |à |a las |alle |às )?\\d{1,2}:\\d{2}",
  ].join('|'),
  'iu',
);
