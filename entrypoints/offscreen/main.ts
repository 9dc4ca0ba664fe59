import { extractHtml } from '@/utils/extraction/extract-html';
import type { OffscreenExtractMessage } from '@/utils/saving/parse-in-dom';

// Chrome's offscreen document: the DOM the service worker lacks. It parses only; the worker stores.
browser.runtime.onMessage.addListener((msg: OffscreenExtractMessage, _sender, sendResponse) => {
  if (msg?.target !== 'offscreen' || msg.type !== 'extract-html') return;
  extractHtml(msg.html, msg.url).then(sendResponse, (e: Error) =>
    sendResponse({ ok: false, error: 'extract-failed', message: e.message }),
  );
  return true;
});
