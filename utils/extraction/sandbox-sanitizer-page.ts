import { sanitizeHtml } from './sanitize-html';

/** A batch of HTML to sanitize, as the parent sends it to the sandboxed page. */
export interface SanitizeRequest {
  id: number;
  htmls: string[];
}

/** The sandboxed page's answer: every HTML of the batch sanitized, in order, or why it could not be. */
export type SanitizeReply = { id: number; out: string[] } | { id: number; error: string };

/** The sandboxed page says it is listening (sent once, to its parent). */
export const SANITIZER_READY = 'offprint-sanitizer-ready';

/**
 * The sandboxed page's side: answers its parent's batches (`sanitizeHtml` on each HTML), and nobody else's. Its
 * origin is opaque, so whatever it could be made to run reaches no extension API, storage or other page.
 */
export function serveSandboxSanitizer(win: Window & typeof globalThis = window): void {
  win.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== win.parent) return;
    const req = e.data as Partial<SanitizeRequest> | null;
    if (!req || typeof req.id !== 'number' || !Array.isArray(req.htmls)) return;
    let reply: SanitizeReply;
    try {
      reply = { id: req.id, out: req.htmls.map((h) => sanitizeHtml(String(h), win)) };
    } catch (err) {
      reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
    }
    // An opaque origin cannot name its parent's origin: the reply goes to `parent` only, whatever its origin.
    win.parent.postMessage(reply, '*');
  });
  win.parent.postMessage(SANITIZER_READY, '*');
}
