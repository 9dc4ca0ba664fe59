/** A sentence of a text: its offsets in that text (white space trimmed) and its words. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Words that end with a full stop without ending the sentence, by language (lower case, without the dot). */
const ABBREVIATIONS: Record<string, string[]> = {
  en: (
    'mr mrs ms mx dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep rev hon pres ' +
    'supt det insp messrs no nos vol vols fig figs ed eds approx dept est inc ltd co corp bros ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat ' +
    'sun ave blvd rd vs cf al op'
  ).split(' '),
  de: (
    'dr prof hr hrn fr frl nr bzw ca vgl ggf evtl inkl zzgl abs abt bspw sog str st jh jhd mio ' +
    'mrd tsd geb gest verh dipl ing mag od'
  ).split(' '),
  fr: 'm mm mme mmes mlle mlles dr pr me st ste no vol cf env av bd éd'.split(' '),
  es: 'sr sres sra sras srta dr dra ud uds lic ing arq prof núm no vol pág av avda dpto cía'.split(' '),
  it: 'sig sigg sig.ra dott prof avv ing arch geom on n no vol pag ecc'.split(' '),
  pt: 'sr sra srta dr dra prof eng av nº n no vol pág'.split(' '),
  nl: 'dhr mevr mr dr prof ir ing drs nr blz ca bijv enz'.split(' '),
  uk: 'ім проф акад доц д-р вул просп пл м р рр ст тис млн млрд див напр'.split(' '),
  ru: 'им проф акад доц д-р ул просп пл г гг р ст тыс млн млрд см напр'.split(' '),
  pl: 'dr prof inż mgr ul al pl nr godz tys mln mld np tzn itd ok'.split(' '),
};
/** Languages that write ordinal numbers with a dot ("am 3. Oktober"). */
const ORDINAL_DOT = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'bs',
  'hu',
  'pl',
  'lv',
  'et',
  'is',
  'tr',
]);

const primary = (lang: string | null | undefined) => (lang ?? '').toLowerCase().split(/[-_]/)[0] || 'en';

/** The last word before a segment's final dot, as the abbreviation lists hold it. */
const lastWord = (seg: string) => /([\p{L}\p{N}.'’-]+)\.\s*$/u.exec(seg)?.[1] ?? null;

/** True when a sentence break after `seg` (before `next`) is a false one: an abbreviation, an initial, an ordinal. */
function falseBreak(seg: string, next: string, lang: string): boolean {
  const head = next.trimStart();
  // A sentence never starts with a lower-case letter: `“Halt!“ rief er.`, `z. B. später`.
  if (/^[\p{Ll}]/u.test(head)) return true;
  if (!/\.\s*$/.test(seg)) return false;
  const word = lastWord(seg);
  if (!word) return false;
  const w = word.toLowerCase();
  const list = ABBREVIATIONS[lang] ?? ABBREVIATIONS.en;
  if (list.includes(w) || (lang !== 'en' && ABBREVIATIONS.en.slice(0, 16).includes(w))) return true;
  // A lone lower-case letter is an abbreviation's first part: "z. B.", "d. h.", "p. ex.".
  if (/^\p{Ll}$/u.test(word)) return true;
  // Initials and dotted abbreviations: "John F. Kennedy", "the U.S. Army", "p.m.", "z.B.".
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return /^[\p{Lu}\p{N}]/u.test(head);
  if (ORDINAL_DOT.has(lang) && /^\d{1,4}$/.test(word)) return true;
  return false;
}

function segments(text: string, lang: string): { start: number; segment: string }[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    try {
      const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
      return [...seg.segment(text)].map((s) => ({ start: s.index, segment: s.segment }));
    } catch {
      // An unknown language tag: fall through to the plain rule.
    }
  }
  const out: { start: number; segment: string }[] = [];
  for (const m of text.matchAll(/[^.!?。！？]*(?:[.!?。！？]+["'”’»)\]]*\s*|$)/gu))
    if (m[0]) out.push({ start: m.index ?? 0, segment: m[0] });
  return out;
}

/**
 * Splits text into sentences with Intl.Segmenter for the text's language, then joins the pieces it
 * breaks too eagerly: after abbreviations ("Dr.", "U.S.", "z. B."), initials, ordinals ("3. Oktober")
 * and before a lower-case continuation (after a quoted exclamation). Offsets refer to `text`.
 */
export function splitSentences(text: string, lang?: string | null): Sentence[] {
  const code = primary(lang);
  const merged: { start: number; end: number }[] = [];
  const segs = segments(text, lang || 'en');
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const end = s.start + s.segment.length;
    const prev = merged.at(-1);
    if (prev && falseBreak(text.slice(prev.start, prev.end), s.segment, code)) prev.end = end;
    else merged.push({ start: s.start, end });
  }
  const out: Sentence[] = [];
  for (const m of merged) {
    let { start, end } = m;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)))
      out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Longest utterance, in characters: some voices stop after about 15 seconds of speech. */
export const MAX_UTTERANCE = 220;

/**
 * Cuts a sentence longer than `max` at the last clause mark (, ; : – —) or else space before the limit,
 * so every utterance stays short. Offsets stay relative to the same text.
 */
export function splitLong(s: Sentence, max = MAX_UTTERANCE): Sentence[] {
  const out: Sentence[] = [];
  let { start } = s;
  const text = s.text;
  const base = s.start;
  while (s.end - start > max) {
    const window = text.slice(start - base, start - base + max);
    let cut = Math.max(
      ...[', ', '; ', ': ', ' – ', ' — ', '、', '，'].map((m) => window.lastIndexOf(m) + m.trimEnd().length),
    );
    if (cut < max / 3) cut = window.lastIndexOf(' ');
    if (cut < max / 3) cut = max;
    let end = start + cut;
    while (end > start && /\s/.test(text[end - 1 - base])) end--;
    out.push({ start, end, text: text.slice(start - base, end - base) });
    start += cut;
    while (start < s.end && /\s/.test(text[start - base])) start++;
  }
  if (start < s.end) out.push({ start, end: s.end, text: text.slice(start - base) });
  return out;
}
