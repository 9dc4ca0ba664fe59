import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/utils/storage/settings';
import type { Painter } from '@/utils/highlights/paint-highlights';
import { SPEAKING } from '@/utils/highlights/paint-highlights';
import { itemAt, speechPlan } from '@/utils/speech/speech-plan';
import { languageName, orderVoices, pickVoice, voiceProblem } from '@/utils/speech/order-voices';
import { createSpeechPlayer, RATES, type PlayerSnapshot, type SpeechPlayer } from '@/utils/speech/speech-player';
import { useVoices } from '@/components/hooks/use-voices';

const primary = (lang: string | null) => (lang ?? '').toLowerCase().split(/[-_]/)[0];
const inField = (el: Element | null) => !!el && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);

const Icon = ({ d }: { d: string }) => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
    <path d={d} fill="currentColor" />
  </svg>
);

/** Keeps a sentence in view: scrolls only when it is outside the middle of the window. */
function keepInView(range: Range): void {
  const r = range.getBoundingClientRect();
  if (!r.height) return;
  if (r.top < innerHeight * 0.15 || r.bottom > innerHeight * 0.75)
    window.scrollTo({ top: Math.max(0, r.top + scrollY - innerHeight / 3), behavior: 'smooth' });
}

/**
 * The Listen player: reads the title and the article body aloud, one sentence per utterance, the
 * sentence being read highlighted and kept in view. Play/Pause, Previous/Next sentence, Speed and
 * Voice; Space (in the player) plays or pauses, [ and ] skip; clicking a paragraph starts there.
 */
export function ListenPlayer({
  lang,
  title,
  body,
  renderCount,
  painter,
  settings,
  onSettings,
  onClose,
}: {
  lang: string | null;
  title: HTMLElement | null;
  body: HTMLElement | null;
  renderCount: number;
  painter: Painter | null;
  settings: Settings;
  onSettings(c: Partial<Settings>): void;
  onClose(): void;
}) {
  const plan = useMemo(
    () => (body ? speechPlan(title ? [title, body] : [body], lang) : []),
    [body, title, renderCount, lang],
  );
  const { voices, loaded, supported } = useVoices();
  const chosen = settings.speechVoices[primary(lang)] ?? null;
  const voice = pickVoice(voices, lang, chosen);
  const problem = !supported
    ? 'This browser cannot read aloud (it has no speech synthesis).'
    : loaded
      ? voiceProblem(voices, lang)
      : null;
  const [snap, setSnap] = useState<PlayerSnapshot>({
    index: 0,
    state: 'stopped',
    rate: settings.speechRate,
    error: null,
  });
  const player = useRef<SpeechPlayer | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!supported || !plan.length) return;
    const p = createSpeechPlayer({
      synth: speechSynthesis as never,
      texts: plan.map((i) => i.text),
      makeUtterance: (t) => new SpeechSynthesisUtterance(t) as never,
      lang,
      voice,
      rate: settings.speechRate,
      onChange: setSnap,
    });
    player.current = p;
    return () => {
      p.stop();
      painter?.mark(SPEAKING, null);
    };
  }, [plan]);
  useEffect(() => player.current?.setVoice(voice), [voice?.voiceURI]);
  useEffect(() => box.current?.querySelector<HTMLElement>('#listen-play')?.focus(), []);

  // The sentence being read: highlighted and kept in view (scrolling also advances reading progress).
  useEffect(() => {
    const item = plan[snap.index];
    if (!item || snap.state === 'stopped') return painter?.mark(SPEAKING, null);
    painter?.mark(SPEAKING, item.range);
    if (snap.state === 'playing') keepInView(item.range);
  }, [snap.index, snap.state, plan, painter]);

  // [ and ] skip anywhere on the page while the player is open; a click on a paragraph starts there.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || inField(e.target as Element)) return;
      if (e.key === '[') player.current?.previous();
      else if (e.key === ']') player.current?.next();
      else return;
      e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const t = e.target as Element;
      if (document.getSelection()?.isCollapsed === false || t.closest?.('a[href], button, input, mark')) return;
      if (painter?.keyAt(e.clientX, e.clientY, t)) return; // a highlight: its editor opens instead
      const i = itemAt(plan, t);
      if (i >= 0 && !(supported && loaded && !voices.length)) player.current?.play(i);
    };
    document.addEventListener('keydown', onKey);
    body?.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      body?.removeEventListener('click', onClick);
    };
  }, [plan, body, painter, voices.length, loaded]);

  useEffect(() => {
    const stop = () => speechSynthesis?.cancel();
    window.addEventListener('pagehide', stop);
    return () => window.removeEventListener('pagehide', stop);
  }, []);

  const silent = !supported || (loaded && !voices.length);
  const playing = snap.state === 'playing';
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === ' ' && !inField(e.target as Element)) {
      e.preventDefault();
      if (!silent) player.current?.toggle();
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  const ordered = orderVoices(voices, lang);
  const langName = lang ? languageName(primary(lang)) : 'this language';
  return (
    <div
      class="listen-player"
      id="listen-player"
      role="region"
      aria-label="Listen"
      ref={box}
      onKeyDown={onKeyDown}
      // Space is handled on keydown; its keyup must not also click the focused button.
      onKeyUp={(e) => e.key === ' ' && !inField(e.target as Element) && e.preventDefault()}
    >
      <div class="listen-controls">
        <button
          type="button"
          class="btn"
          id="listen-prev"
          onClick={() => player.current?.previous()}
          disabled={silent}
          aria-label="Previous sentence"
          title="Previous sentence ([)"
        >
          <Icon d="M6 5h2v14H6zM20 5v14L9 12z" />
        </button>
        <button
          type="button"
          class="btn primary"
          id="listen-play"
          onClick={() => player.current?.toggle()}
          disabled={silent || !plan.length}
          aria-label={playing ? 'Pause' : 'Play'}
          title={`${playing ? 'Pause' : 'Play'} (Space)`}
        >
          <Icon d={playing ? 'M6 5h4v14H6zM14 5h4v14h-4z' : 'M7 5v14l12-7z'} />
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          class="btn"
          id="listen-next"
          onClick={() => player.current?.next()}
          disabled={silent}
          aria-label="Next sentence"
          title="Next sentence (])"
        >
          <Icon d="M16 5h2v14h-2zM4 5v14l11-7z" />
        </button>
        <label class="listen-field">
          <span>Speed</span>
          <select
            id="listen-speed"
            value={String(snap.rate)}
            onChange={(e) => {
              const r = Number((e.target as HTMLSelectElement).value);
              player.current?.setRate(r);
              onSettings({ speechRate: r });
            }}
          >
            {RATES.map((r) => (
              <option value={String(r)}>{r}×</option>
            ))}
          </select>
        </label>
        <label class="listen-field">
          <span>Voice</span>
          <select
            id="listen-voice"
            value={voice?.voiceURI ?? ''}
            disabled={!voices.length}
            onChange={(e) =>
              onSettings({
                speechVoices: { ...settings.speechVoices, [primary(lang)]: (e.target as HTMLSelectElement).value },
              })
            }
          >
            {!voice && <option value="">{voices.length ? 'Browser default' : 'No voices'}</option>}
            {ordered.some((c) => c.matches) && (
              <optgroup label={`${langName} voices`}>
                {ordered
                  .filter((c) => c.matches)
                  .map((c) => (
                    <option value={c.voice.voiceURI}>{c.label}</option>
                  ))}
              </optgroup>
            )}
            {ordered.some((c) => !c.matches) && (
              <optgroup label="Other voices">
                {ordered
                  .filter((c) => !c.matches)
                  .map((c) => (
                    <option value={c.voice.voiceURI}>{c.label}</option>
                  ))}
              </optgroup>
            )}
          </select>
        </label>
        <span class="listen-status" id="listen-status">
          {plan.length ? `Sentence ${Math.min(snap.index + 1, plan.length)} of ${plan.length}` : 'Nothing to read'}
          {snap.state === 'ended' && ' · Finished'}
        </span>
        <button type="button" class="bar-btn" onClick={onClose} aria-label="Close Listen">
          ×
        </button>
      </div>
      {(problem || snap.error) && (
        <p class="listen-message" id="listen-message" role="alert">
          {snap.error ?? problem}
        </p>
      )}
    </div>
  );
}
