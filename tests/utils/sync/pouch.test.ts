// @vitest-environment node
import '../../helpers/file-reader';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRemote } from '@/utils/sync/pouch';

/** The Authorization header of the request `info()` sends to a stand-in server. */
async function authSent(username: string, password: string): Promise<string | null> {
  let auth: string | null = 'not sent';
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      auth = new Headers(init.headers).get('authorization');
      return new Response(JSON.stringify({ db_name: 'offprint-x', update_seq: 0 }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  await openRemote({ url: 'http://127.0.0.1:5984/offprint-x', username, password }).info();
  return auth;
}

afterEach(() => void vi.unstubAllGlobals());

describe('openRemote', () => {
  it('sends the account as Basic authorization', async () => {
    expect(await authSent('alice', 'pw')).toBe(`Basic ${btoa('alice:pw')}`);
  });
  it('sends no Authorization header without a user name and password (a server without accounts)', async () => {
    expect(await authSent('', '')).toBeNull();
  });
});
