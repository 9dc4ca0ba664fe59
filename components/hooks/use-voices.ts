import { useEffect, useState } from 'preact/hooks';

/** How long to wait for the browser's voice list before saying there are none (Chrome loads it late). */
const VOICE_WAIT_MS = 1500;

/** The browser's speech voices; `loaded` once they arrived or the wait is over (then none means none). */
export function useVoices(): { voices: SpeechSynthesisVoice[]; loaded: boolean; supported: boolean } {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener?.('voiceschanged', update);
    const t = setTimeout(() => {
      update();
      setWaited(true);
    }, VOICE_WAIT_MS);
    return () => {
      clearTimeout(t);
      synth.removeEventListener?.('voiceschanged', update);
    };
  }, []);
  return { voices, loaded: voices.length > 0 || waited || !synth, supported: !!synth };
}
