/**
 * Errors in words: what the browser, IndexedDB or the network say when something fails is written for
 * developers ("Frame with ID 0 is showing error page"). Every failure Offprint shows goes through
 * `errorWords`, which turns the errors it knows into a sentence for people, and any other into a
 * plain one (the raw text goes to the console, never on screen).
 */

/** A browser or platform error Offprint knows, what it looks like, and what the user reads instead. */
export interface KnownError {
  /** Matches the raw error text (Chrome's and Firefox's wording). */
  pattern: RegExp;
  /** What the user reads. */
  words: string;
  /** A real raw text of this error (the test walks these). */
  sample: string;
}

const RELOAD = 'Reload it and try again.';

/** Every raw error Offprint recognises, by code. */
export const KNOWN_ERRORS = {
  'error-page': {
    pattern: /is showing error page|about:neterror|about:certerror/i,
    words: `This page didn't load. ${RELOAD}`,
    sample: 'Frame with ID 0 is showing error page',
  },
  'frame-gone': {
    pattern: /Frame with ID \d+ was removed|No frame with id|Frame with ID \d+ not found/i,
    words: 'The page changed while Offprint was reading it. Wait until it has loaded, then try again.',
    sample: 'Frame with ID 0 was removed.',
  },
  'tab-gone': {
    pattern: /No tab with id|Invalid tab ID/i,
    words: 'That tab was closed. Open the page again and save it from there.',
    sample: 'No tab with id: 412.',
  },
  'tab-busy': {
    pattern: /Tabs cannot be (edited|queried) right now/i,
    words: 'The browser is busy with that tab (it may be being dragged). Try again in a moment.',
    sample: 'Tabs cannot be edited right now (user may be dragging a tab).',
  },
  'browser-page': {
    pattern: /Cannot access a chrome(-extension)?:\/\/ URL|cannot be scripted|Cannot access (about|moz-extension):/i,
    words:
      'Browser pages (settings, new tab, extensions, the add-on store) cannot be saved: ' +
      'the browser does not let extensions read them.',
    sample: 'Cannot access a chrome:// URL',
  },
  'no-access': {
    pattern: /Cannot access contents of|Missing host permission|must request permission to access/i,
    words: 'Offprint may not read this page. Click the Offprint button while the page is open.',
    sample:
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
  },
  'no-background': {
    pattern:
      /Receiving end does not exist|message port closed|Could not establish connection|Message manager disconnected/i,
    words: 'Offprint’s background did not answer. Try again.',
    sample: 'Could not establish connection. Receiving end does not exist.',
  },
  'context-gone': {
    pattern: /Extension context invalidated|extension context|dead object/i,
    words: 'Offprint was updated or restarted. Close this page, open it again and try again.',
    sample: 'Extension context invalidated.',
  },
  offline: {
    pattern: /Failed to fetch|NetworkError when attempting to fetch|Load failed|net::ERR_|ERR_INTERNET_DISCONNECTED/i,
    words: 'The site could not be reached. Check the connection and try again.',
    sample: 'NetworkError when attempting to fetch resource.',
  },
  timeout: {
    pattern: /AbortError|The operation was aborted|signal is aborted|TimeoutError|timed out/i,
    words: 'The site took too long to answer. Try again later.',
    sample: 'The operation was aborted.',
  },
  'disk-full': {
    pattern: /QuotaExceeded|quota (has been )?exceeded|disk is full|NS_ERROR_FILE_NO_DEVICE_SPACE/i,
    words:
      'The browser’s storage for Offprint is full. ' +
      'Free some space (delete old articles or their images) and try again.',
    sample: 'QuotaExceededError: The quota has been exceeded.',
  },
  'db-closed': {
    pattern: /DatabaseClosed|InvalidStateError|database connection is closing|Database has been closed/i,
    words: 'The browser closed Offprint’s storage for a moment. Reload this page and try again.',
    sample: 'DatabaseClosedError: Database has been closed',
  },
  'db-broken': {
    pattern: /UnknownError|Internal error opening backing store|DataCloneError/i,
    words: 'The browser could not read or write Offprint’s storage. Restart the browser and try again.',
    sample: 'UnknownError: Internal error opening backing store for indexedDB.open.',
  },
  'script-failed': {
    pattern: /An unexpected error occurred|Script returned non-structured-clonable data|Error: undefined/i,
    words: `Offprint could not read this page. ${RELOAD}`,
    sample: 'An unexpected error occurred',
  },
} satisfies Record<string, KnownError>;

export type KnownErrorCode = keyof typeof KNOWN_ERRORS;

/** The raw text of anything thrown. */
export function rawError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

/** The code of a raw browser error Offprint knows, or null. */
export function knownError(e: unknown): KnownErrorCode | null {
  const raw = rawError(e);
  for (const [code, k] of Object.entries(KNOWN_ERRORS) as [KnownErrorCode, KnownError][])
    if (k.pattern.test(raw)) return code;
  return null;
}

/**
 * What to show for an error: its sentence when Offprint knows it, else `fallback` (a sentence that
 * says what did not happen). The raw text goes to the console for whoever debugs it.
 */
export function errorWords(e: unknown, fallback = 'Something went wrong. Try again.'): string {
  const code = knownError(e);
  if (!code) console.warn('Offprint:', fallback, '—', rawError(e));
  return code ? KNOWN_ERRORS[code].words : fallback;
}
