import { SANITIZER_READY, type SanitizeReply } from '@/utils/extraction/sandbox-sanitizer-page';

/** Sanitizes batches of untrusted HTML somewhere else than this page's thread. */
export interface HtmlSanitizer {
  /** Every HTML sanitized, in order; rejects (nothing is stored unsanitized) if the sanitizer fails or goes silent. */
  sanitizeAll(htmls: string[]): Promise<string[]>;
  close(): void;
}

/** How long the sandboxed page may take to say it is ready, and to answer one batch, before it counts as gone. */
export const SANDBOX_READY_MS = 5_000;
export const SANDBOX_BATCH_MS = 60_000;

/**
 * Opens the extension's sandboxed sanitizer page (entrypoints/sanitizer.sandbox) in a hidden iframe of `doc`: in
 * Chromium a sandboxed frame runs in a renderer process of its own, so its sanitizing overlaps this page's work
 * (a restore's writes). Null where there is none (Firefox has no sandboxed pages; a build without it) or it does
 * not answer: the caller sanitizes here then, as before. Only the frame's own messages are taken as answers.
 */
export async function openSandboxSanitizer(
  url: string | null = sandboxUrl(),
  doc: Document = document,
  { readyMs = SANDBOX_READY_MS, batchMs = SANDBOX_BATCH_MS } = {},
): Promise<HtmlSanitizer | null> {
  if (!url) return null;
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.hidden = true;
  frame.src = url;
  const win = doc.defaultView!;
  const pending = new Map<number, { resolve: (out: string[]) => void; reject: (e: Error) => void; n: number }>();
  let ready: () => void = () => undefined;
  const onMessage = (e: MessageEvent) => {
    if (!frame.contentWindow || e.source !== frame.contentWindow) return;
    if (e.data === SANITIZER_READY) return ready();
    const reply = e.data as SanitizeReply;
    const job = pending.get(reply?.id);
    if (!job) return;
    pending.delete(reply.id);
    if ('out' in reply && Array.isArray(reply.out) && reply.out.length === job.n && reply.out.every(isString))
      job.resolve(reply.out);
    else job.reject(new Error(`The HTML sanitizer failed: ${'error' in reply ? reply.error : 'a malformed answer'}`));
  };
  win.addEventListener('message', onMessage);
  const close = () => {
    win.removeEventListener('message', onMessage);
    frame.remove();
    for (const job of pending.values()) job.reject(new Error('The HTML sanitizer was closed.'));
    pending.clear();
  };
  const isReady = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), readyMs);
    ready = () => {
      clearTimeout(timer);
      resolve(true);
    };
    doc.body.append(frame);
  });
  ready = () => undefined;
  if (!isReady) {
    close();
    return null;
  }
  let next = 0;
  return {
    sanitizeAll(htmls) {
      if (!htmls.length) return Promise.resolve([]);
      const id = next++;
      return new Promise<string[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error('The HTML sanitizer stopped answering.'));
        }, batchMs);
        const done =
          <T>(f: (v: T) => void) =>
          (v: T) => (clearTimeout(timer), f(v));
        pending.set(id, { resolve: done(resolve), reject: done(reject), n: htmls.length });
        frame.contentWindow!.postMessage({ id, htmls }, '*');
      });
    },
    close,
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The sandboxed sanitizer page of this build, or null when the manifest lists none (Firefox). */
function sandboxUrl(): string | null {
  const pages = (browser.runtime.getManifest() as { sandbox?: { pages?: string[] } }).sandbox?.pages ?? [];
  return pages.includes('sanitizer.html') ? browser.runtime.getURL('/sanitizer.html') : null;
}
