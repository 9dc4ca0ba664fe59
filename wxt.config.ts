import { defineConfig } from 'wxt';

/** No remote source of any kind: the reader renders untrusted HTML and must call nothing outside. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "style-src 'self'",
  "font-src 'self'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // The background fetches pages and images for the user; extension pages never do.
  "connect-src 'self' http: https:",
].join('; ');

/**
 * DOMPurify's `unapply` (every DOM read it makes goes through it: ~15 per node) as its source means it, with a rest
 * parameter. Its dist spells the rest parameter as Babel's copy loop, which our minifier (oxc) turns into
 * `[...arguments].slice(1)`: the arguments object and two arrays per call, ~20× slower in V8, the largest single item
 * of a restore's sanitizing (docs/backup.md, session 32). Same behaviour; tests/dompurify-rest-args.test.ts
 * checks the pattern is still found in the installed DOMPurify.
 */
export const UNAPPLY_LOOP = new RegExp(
  String.raw`function unapply\(func\) \{\s*return function\(thisArg\) \{\s*` +
    String.raw`for \(var (\w+) = arguments\.length, args = new Array\(\1 > 1 \? \1 - 1 : 0\), (\w+) = 1; ` +
    String.raw`\2 < \1; \2\+\+\) args\[\2 - 1\] = arguments\[\2\];\s*return apply\(func, thisArg, args\);\s*\};\s*\}`,
);
const UNAPPLY_REST =
  'function unapply(func) { return function (thisArg, ...args) { return apply(func, thisArg, args); }; }';

/** The Vite plugin that puts DOMPurify's `unapply` back as a rest parameter (UNAPPLY_LOOP). */
export function dompurifyRestArgs() {
  return {
    name: 'offprint:dompurify-rest-args',
    transform(code: string, id: string) {
      if (!/[\\/]dompurify[\\/]dist[\\/]purify[^\\/]*\.m?js$/.test(id)) return null;
      if (!UNAPPLY_LOOP.test(code)) {
        console.warn(`offprint:dompurify-rest-args: unapply's copy loop not found in ${id}; left as it is`);
        return null;
      }
      return { code: code.replace(UNAPPLY_LOOP, UNAPPLY_REST), map: null };
    },
  };
}

/** The request guard's permissions in Firefox (utils/saving/request-guard.ts): a blocking webRequest. */
const FIREFOX_GUARD = ['webRequest', 'webRequestBlocking'];

export default defineConfig({
  // The source archive addons.mozilla.org reviewers rebuild from (`npm run zip:firefox`): the code and the lock
  // file, not tests, benchmark data or docs (README.md says how to rebuild it byte for byte).
  zip: {
    excludeSources: ['bench/**', 'tests/**', 'docs/**', 'scripts/**', '.ci/**', 'stats.html', 'bench-results/**'],
  },
  // Chrome and Firefox (115+) preload modules themselves: no polyfill module in front of every page.
  vite: () => ({ plugins: [dompurifyRestArgs()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: 'Offprint',
    description:
      'Save the article you are reading, without the clutter. Read it later, offline. Your library never leaves ' +
      'your browser.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      // Sync wakes every 30 s to send and take changes (utils/sync/schedule-sync.ts).
      'alarms',
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // Test build only: automation cannot click a permission prompt, so the request guard's permission
      // (optional in production) is granted at install.
      ...(mode === 'e2e' ? (browser === 'firefox' ? FIREFOX_GUARD : ['declarativeNetRequestWithHostAccess']) : []),
    ],
    // MV2 (Firefox) has no optional_host_permissions: host patterns go with the optional permissions.
    // The request guard's permission (utils/saving/request-guard.ts) is asked for with host access:
    // declarativeNetRequestWithHostAccess in Chrome (plain declarativeNetRequest cannot be optional),
    // a blocking webRequest in Firefox (its declarativeNetRequest cannot be optional either).
    ...(manifestVersion === 2
      ? {
          optional_permissions: ['tabs', '<all_urls>', ...(mode === 'e2e' ? [] : FIREFOX_GUARD)],
        }
      : {
          optional_permissions: ['tabs', 'declarativeNetRequestWithHostAccess'],
          optional_host_permissions: ['<all_urls>'],
        }),
    // Test build only: automation cannot grant activeTab, so e2e pages are served on 127.0.0.1 (and
    // cannot click permission prompts, so the request guard's permission is granted at install). Also
    // https://127.0.0.1 for the sync tests' TLS proxy, whose certificate the browser must refuse.
    ...(mode === 'e2e' && { host_permissions: ['http://127.0.0.1/*', 'https://127.0.0.1/*'] }),
    commands: {
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the current page to Offprint' },
    },
    content_security_policy: { extension_pages: CSP },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'offprint@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
