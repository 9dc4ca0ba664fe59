// @vitest-environment jsdom
import { Blob as NodeBlob } from 'node:buffer';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  EXTRACTOR_GLOBAL,
  LOAD_ONLY_GLOBAL,
  WARM_UP_KINDS_AFTER_MS,
  markLoadOnly,
  runLoadedExtractor,
  startExtractor,
} from '@/utils/extraction/page-extractor';

const PAGE =
  '<html><head><title>A story</title></head><body><article><h1>A story</h1>' +
  '<p>First paragraph of a story that is long enough to be read as an article by the extractor, with words.</p>'.repeat(
    6,
  ) +
  '</article></body></html>';

function page(): Document {
  return new DOMParser().parseFromString(PAGE, 'text/html');
}

// jsdom's Blob has no stream(): the original's gzip (CompressionStream) needs the platform's.
beforeAll(() => void vi.stubGlobal('Blob', NodeBlob));

describe('startExtractor (the content script) in a page', () => {
  it('only loads the extractor when the injection was marked load-only: nothing read, the page unchanged', async () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const scope: Record<string, unknown> = {};
    scope[LOAD_ONLY_GLOBAL] = true;
    let warmed = 0;
    await expect(
      startExtractor(
        doc,
        scope,
        async () => void warmed++,
        async () => undefined,
      ),
    ).resolves.toEqual({
      ok: true,
      loaded: true,
    });
    expect(warmed).toBe(1); // on its own sample (warm-up-extractor.test.ts), never on the page
    expect(typeof scope[EXTRACTOR_GLOBAL]).toBe('function');
    expect(LOAD_ONLY_GLOBAL in scope).toBe(false); // the next injection extracts again
    expect(doc.documentElement.outerHTML).toBe(before);
    // The loaded extractor extracts when it is run (as Save does).
    const result = await (scope[EXTRACTOR_GLOBAL] as () => Promise<{ ok: boolean; article?: { title: string } }>)();
    expect(result).toMatchObject({ ok: true, article: { title: 'A story' } });
  });

  it('warms up the other kinds after the load, in the background, and stops them when a Save starts', async () => {
    const later = async (scope: Record<string, unknown>, saveFirst: boolean) => {
      scope[LOAD_ONLY_GLOBAL] = true;
      const stops: Array<() => boolean> = [];
      const reply = await startExtractor(
        page(),
        scope,
        async () => undefined,
        async (stop) => void stops.push(stop),
      );
      expect(reply).toEqual({ ok: true, loaded: true });
      expect(stops).toHaveLength(0); // the load's reply does not wait for them
      if (saveFirst) await (scope[EXTRACTOR_GLOBAL] as () => Promise<unknown>)();
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_KINDS_AFTER_MS + 50));
      return stops;
    };
    // Nobody saved: the other kinds are warmed up, until a Save starts.
    const idle: Record<string, unknown> = {};
    const [stop] = await later(idle, false);
    expect(stop()).toBe(false);
    await (idle[EXTRACTOR_GLOBAL] as () => Promise<unknown>)();
    expect(stop()).toBe(true);
    // An auto-save right after the load: they never start.
    expect(await later({}, true)).toHaveLength(0);
  });

  it('extracts at once when injected without the mark (shortcut, context menu), and stays loaded', async () => {
    const scope: Record<string, unknown> = {};
    const result = await startExtractor(page(), scope);
    expect(result).toMatchObject({ ok: true, article: { title: 'A story' } });
    expect(typeof scope[EXTRACTOR_GLOBAL]).toBe('function');
  });
});

describe('the one-line functions the background injects (self-contained)', () => {
  it('markLoadOnly sets the mark; runLoadedExtractor runs the loaded extractor, or null without one', async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    try {
      expect(markLoadOnly(LOAD_ONLY_GLOBAL)).toBe(true);
      expect(g[LOAD_ONLY_GLOBAL]).toBe(true);
      expect(runLoadedExtractor(EXTRACTOR_GLOBAL)).toBeNull();
      g[EXTRACTOR_GLOBAL] = async () => ({ ok: true, ran: 1 });
      await expect(runLoadedExtractor(EXTRACTOR_GLOBAL)).resolves.toEqual({ ok: true, ran: 1 });
      // Serialized by the browser and run alone in the page: they name nothing outside themselves.
      for (const f of [markLoadOnly, runLoadedExtractor]) {
        const run = new Function(`return (${f.toString()})`)() as (name: string) => unknown;
        expect(() => run('__offprintProbe')).not.toThrow();
      }
    } finally {
      delete g[LOAD_ONLY_GLOBAL];
      delete g[EXTRACTOR_GLOBAL];
      delete g.__offprintProbe;
    }
  });
});
