import { LibraryFormatError, WrongPassphraseError } from './library-keys';
import { UndecryptableError } from './seal';
import type { SyncError } from './sync-types';

/** An HTTP error whose reply was not CouchDB's JSON (a proxy's 413 page, a captive portal, …). */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly couch = false,
  ) {
    super(`HTTP ${status}`);
    this.name = 'HttpStatusError';
  }
}

const NOT_COUCH = 'Not a CouchDB reply';

/** The server answered, but not as CouchDB does (recognised by its message too: PouchDB re-wraps errors). */
export class NotCouchError extends Error {
  constructor(what = 'a reply that is not CouchDB') {
    super(`${NOT_COUCH} (${what})`);
    this.name = 'NotCouchError';
  }
}

const statusOf = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' && s > 0 ? s : undefined;
};

/** Says in words what went wrong talking to the server (for the Sync section). */
export function describeSyncError(e: unknown, url = ''): SyncError {
  if (e instanceof WrongPassphraseError) return { code: 'wrong-passphrase', message: e.message };
  if (e instanceof LibraryFormatError)
    return { code: /newer/.test(e.message) ? 'newer-format' : 'not-couchdb', message: e.message };
  if (e instanceof UndecryptableError) return { code: 'undecryptable', message: e.message };
  // A reply that is not CouchDB's JSON: our fetch names an HTML page; other non-JSON 200 replies reach us as
  // JSON.parse's error, passed on by PouchDB as it is (not a SyntaxError instance in Chromium).
  if (
    e instanceof NotCouchError ||
    e instanceof SyntaxError ||
    String((e as Error)?.message).startsWith(NOT_COUCH) ||
    /not valid JSON|Unexpected token|invalid json/i.test(String((e as Error)?.message))
  )
    return {
      code: 'not-couchdb',
      message: 'Something answered at this address, but it is not a CouchDB database. Check the Database URL.',
    };
  switch (statusOf(e)) {
    case 401:
      return {
        code: 'unauthorized',
        message: 'The server refused the user name or password (401). If the password was changed, enter the new one.',
      };
    case 403:
      return { code: 'forbidden', message: 'This account may not use that database (403). Ask the server’s admin.' };
    case 404:
      return { code: 'no-database', message: 'There is no database at this URL (404).' };
    case 413:
      return {
        code: 'too-large',
        message:
          'The server (or a proxy in front of it) refused a request as too large (413). Raise its size limits ' +
          '(CouchDB: max_http_request_size, max_document_size) or turn image sync off.',
      };
    case 507:
      return { code: 'server-full', message: 'The server is out of disk space (507). Free space there; sync resumes.' };
  }
  const status = statusOf(e);
  if (status && status >= 500)
    return { code: 'unreachable', message: `The server had an error (${status}). Sync tries again shortly.` };
  if (status) return { code: 'other', message: `The server answered with an error (${status}).` };
  const name = (e as Error)?.name;
  const msg = String((e as Error)?.message ?? e);
  if (/certificate|ssl|tls/i.test(msg))
    return {
      code: 'tls',
      message: 'The secure connection failed: the server’s TLS certificate is not trusted by this browser.',
    };
  if (e instanceof TypeError || name === 'AbortError' || name === 'TimeoutError' || /network|fetch/i.test(msg))
    return {
      code: 'unreachable',
      message: url.startsWith('https:')
        ? 'The server did not answer: it may be down or unreachable, or its TLS certificate is not trusted ' +
          'by this browser.'
        : 'The server did not answer: it may be down, or the address is wrong.',
    };
  return { code: 'other', message: `Sync failed: ${msg}` };
}
