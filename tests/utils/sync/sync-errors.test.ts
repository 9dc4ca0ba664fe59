import { describe, expect, it } from 'vitest';
import { describeSyncError, HttpStatusError } from '@/utils/sync/sync-errors';

describe('describeSyncError', () => {
  it.each([
    // What PouchDB 9 passes on in Chromium for a web page answering 200 at the database URL.
    [new Error('Unexpected token \'<\', "<!doctype "... is not valid JSON'), 'not-couchdb'],
    [new Error('invalid json response body at http://x/db reason: Unexpected token'), 'not-couchdb'],
    [new SyntaxError('JSON.parse: unexpected character'), 'not-couchdb'],
    [new HttpStatusError(413), 'too-large'],
    [Object.assign(new Error('x'), { status: 401 }), 'unauthorized'],
    [new TypeError('Failed to fetch'), 'unreachable'],
  ])('names %s as %s', (e, code) => {
    expect(describeSyncError(e, 'http://127.0.0.1:5984/db').code).toBe(code);
  });
});
