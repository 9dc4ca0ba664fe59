// @vitest-environment jsdom
// The restore's side of the sandboxed sanitizer (utils/data/restore/sandbox-sanitizer.ts) and the sandboxed page's
// side (utils/extraction/sandbox-sanitizer-page.ts). jsdom loads no frame: the frame's messages are dispatched here.
import { describe, expect, it } from 'vitest';
import { openSandboxSanitizer } from '@/utils/data/restore/sandbox-sanitizer';
import { SANITIZER_READY, serveSandboxSanitizer } from '@/utils/extraction/sandbox-sanitizer-page';

/** The sanitizer's frame (the last iframe of the page) and a message from `source` (the frame's window by default). */
const frame = () => [...document.querySelectorAll('iframe')].at(-1)!;
const send = (data: unknown, source: Window | null = frame().contentWindow) =>
  window.dispatchEvent(new MessageEvent('message', { data, source }));

/** Opens a sanitizer whose frame says it is ready; `sent` collects what the restore posts to the frame. */
async function opened(opts: { batchMs?: number } = {}) {
  const opening = openSandboxSanitizer('about:blank', document, { readyMs: 1000, ...opts });
  const f = frame();
  const sent: unknown[] = [];
  f.contentWindow!.postMessage = (m: unknown) => void sent.push(m);
  send(SANITIZER_READY);
  const s = (await opening)!;
  return { s, f, sent };
}

describe('openSandboxSanitizer', () => {
  it('opens no frame without a sandboxed page (Firefox), and gives up on one that never says it is ready', async () => {
    expect(await openSandboxSanitizer(null)).toBeNull();
    const count = document.querySelectorAll('iframe').length;
    expect(await openSandboxSanitizer('about:blank', document, { readyMs: 20 })).toBeNull();
    expect(document.querySelectorAll('iframe').length).toBe(count);
  });

  it('opens a hidden frame sandboxed to scripts only, and takes answers from that frame only', async () => {
    const { s, f, sent } = await opened();
    expect(f.getAttribute('sandbox')).toBe('allow-scripts');
    expect(f.hidden).toBe(true);
    const out = s.sanitizeAll(['<p onclick="x()">a</p>', '<script>1</script>']);
    expect(sent).toEqual([{ id: 0, htmls: ['<p onclick="x()">a</p>', '<script>1</script>'] }]);
    // The same id from anyone else (this page, another frame) is no answer.
    send({ id: 0, out: ['<p onclick="x()">a</p>', '<script>1</script>'] }, window);
    send({ id: 0, out: ['<p>a</p>', ''] });
    expect(await out).toEqual(['<p>a</p>', '']);
    s.close();
    expect(f.isConnected).toBe(false);
  });

  it('rejects an error, a malformed answer, silence, and what is pending when closed: nothing unsanitized passes', async () => {
    const { s } = await opened({ batchMs: 50 });
    const failed = s.sanitizeAll(['a']);
    send({ id: 0, error: 'The HTML sanitizer cannot run here' });
    await expect(failed).rejects.toThrow(/sanitizer failed: The HTML sanitizer cannot run here/);
    const short = s.sanitizeAll(['a', 'b']);
    send({ id: 1, out: ['a'] });
    await expect(short).rejects.toThrow(/malformed/);
    const notText = s.sanitizeAll(['a']);
    send({ id: 2, out: [{}] });
    await expect(notText).rejects.toThrow(/malformed/);
    await expect(s.sanitizeAll(['a'])).rejects.toThrow(/stopped answering/);
    const pending = s.sanitizeAll(['a']);
    s.close();
    await expect(pending).rejects.toThrow(/closed/);
  });
});

describe('serveSandboxSanitizer (the sandboxed page)', () => {
  it("says it is ready, then answers its parent's batches with DOMPurify's output, and nobody else's", async () => {
    const posted: unknown[] = [];
    const parent = { postMessage: (m: unknown) => void posted.push(m) } as unknown as Window;
    const listeners: ((e: MessageEvent) => void)[] = [];
    const win = new Proxy(window, {
      get: (t, k) =>
        k === 'parent'
          ? parent
          : k === 'addEventListener'
            ? (_: string, f: (e: MessageEvent) => void) => listeners.push(f)
            : Reflect.get(t, k),
    });
    serveSandboxSanitizer(win);
    expect(posted).toEqual([SANITIZER_READY]);
    const html = '<p onclick="x()">a<script>1</script></p><a href="javascript:x()">l</a>';
    listeners[0](new MessageEvent('message', { data: { id: 7, htmls: [html] }, source: window }));
    expect(posted).toHaveLength(1); // not from its parent: no answer
    listeners[0]({ data: { id: 7, htmls: [html] }, source: parent } as MessageEvent);
    expect(posted[1]).toEqual({ id: 7, out: ['<p>a</p><a>l</a>'] });
  });
});
