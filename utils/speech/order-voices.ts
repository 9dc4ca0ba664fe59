/** The part of SpeechSynthesisVoice that choosing a voice needs (plain objects in tests). */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default?: boolean;
}

/** A voice as the Voice menu shows it. */
export interface VoiceChoice<V extends VoiceLike = VoiceLike> {
  voice: V;
  /** "Name (en-GB), works offline" */
  label: string;
  /** Speaks the article's language. */
  matches: boolean;
}

const primary = (lang: string | null | undefined) => (lang ?? '').toLowerCase().split(/[-_]/)[0];
const norm = (lang: string) => lang.toLowerCase().replace('_', '-');

/** The language's name in the reader's own language ("German"), or its code when the browser cannot say. */
export function languageName(lang: string, inLang = navigator.language): string {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * The voices for an article in `lang`: those of its language first (the exact region first, then the
 * browser's default), then the rest by language and name. Voices that work offline (localService) say so.
 */
export function orderVoices<V extends VoiceLike>(voices: V[], lang: string | null | undefined): VoiceChoice<V>[] {
  const want = primary(lang);
  const full = norm(lang ?? '');
  const rank = (v: V) => (primary(v.lang) !== want ? 3 : norm(v.lang) === full ? 0 : v.default ? 1 : 2);
  return [...voices]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(b.localService) - Number(a.localService) ||
        a.lang.localeCompare(b.lang) ||
        a.name.localeCompare(b.name),
    )
    .map((voice) => ({
      voice,
      matches: !!want && primary(voice.lang) === want,
      label: `${voice.name} (${voice.lang})${voice.localService ? ', works offline' : ''}`,
    }));
}

/**
 * The voice to read with: the one the user chose for this language when it is still there, else the
 * first voice of the language, else null (the caller says there is none for it).
 */
export function pickVoice<V extends VoiceLike>(
  voices: V[],
  lang: string | null | undefined,
  chosen?: string | null,
): V | null {
  const ordered = orderVoices(voices, lang);
  const mine = chosen ? ordered.find((c) => c.voice.voiceURI === chosen) : undefined;
  if (mine) return mine.voice;
  return ordered.find((c) => c.matches)?.voice ?? null;
}

/** Why Listen cannot read as asked, in words for the user; null when a voice of the language is there. */
export function voiceProblem(voices: VoiceLike[], lang: string | null | undefined): string | null {
  if (!voices.length)
    return (
      'This browser has no text-to-speech voices, so Listen cannot read aloud. On Linux, install ' +
      'speech-dispatcher (with espeak-ng or another voice) and restart the browser; on other systems, ' +
      'add a voice in the system’s speech settings.'
    );
  const want = primary(lang);
  if (want && !voices.some((v) => primary(v.lang) === want))
    return (
      `This browser has no voice for ${languageName(want)}. Choose another voice from Voice to listen ` +
      `anyway, or add a ${languageName(want)} voice in your system’s speech settings.`
    );
  return null;
}
