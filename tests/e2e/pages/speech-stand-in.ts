import type { BrowserContext, Page } from 'playwright-core';

/**
 * A recording stand-in for speechSynthesis, installed before any page script runs (headless Chromium
 * here has no voices). It records every utterance; an utterance ends when the test calls
 * `__speech.finish()`, or by itself after `__speech.autoMs` when that is set. cancel() interrupts the
 * current one (an 'interrupted' error event, as browsers send). `#novoices` in the URL: a browser without voices.
 */
export async function installSpeechStandIn(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const none = location.hash.includes('novoices');
    const voices = none
      ? []
      : [
          { name: 'Test English', lang: 'en-US', voiceURI: 'test-en', localService: true, default: true },
          { name: 'Test British', lang: 'en-GB', voiceURI: 'test-gb', localService: false, default: false },
          { name: 'Test German', lang: 'de-DE', voiceURI: 'test-de', localService: true, default: false },
        ];
    type U = { text: string; rate: number; lang: string; voice: any; onend: any; onerror: any };
    const state = {
      spoken: [] as { text: string; rate: number; lang: string; voice: string | null; at: number }[],
      cancels: 0,
      autoMs: 0,
      current: null as U | null,
      finish() {
        const u = state.current;
        state.current = null;
        u?.onend?.({});
      },
    };
    (window as any).__speech = state;
    class Utterance {
      text: string;
      rate = 1;
      pitch = 1;
      volume = 1;
      lang = '';
      voice = null;
      onend = null;
      onerror = null;
      onstart = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voices,
      speak(u: U) {
        state.spoken.push({
          text: u.text,
          rate: u.rate,
          lang: u.lang,
          voice: u.voice?.voiceURI ?? null,
          at: Date.now(),
        });
        state.current = u;
        if (state.autoMs) setTimeout(() => state.current === u && state.finish(), state.autoMs);
      },
      cancel() {
        state.cancels++;
        const u = state.current;
        state.current = null;
        if (u) setTimeout(() => u.onerror?.({ error: 'interrupted' }), 0);
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
}

/** What the stand-in recorded. */
export function spoken(page: Page): Promise<{ text: string; rate: number; lang: string; voice: string | null }[]> {
  return page.evaluate(() => (window as any).__speech.spoken);
}

/** The text of the sentence Listen highlights as being read ('' when none). */
export function speakingText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const h = (CSS as any).highlights.get('offprint-speaking');
    return h ? [...h].map((r: Range) => r.toString()).join('') : '';
  });
}
