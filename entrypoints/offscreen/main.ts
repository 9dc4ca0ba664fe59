import { extractHtml } from '@/utils/extraction/extract-html';
import { onOffscreenMessages } from '@/utils/messages';

// Chrome's offscreen document: the DOM the service worker lacks. It parses only; the worker stores.
onOffscreenMessages({ 'offscreen:extract-html': ({ html, url }) => extractHtml(html, url) });
