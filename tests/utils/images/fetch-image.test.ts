import { describe, expect, it } from 'vitest';
import { readCapped } from '@/utils/images/fetch-image';

const body = (n: number) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < n; i += 1000) c.enqueue(new Uint8Array(Math.min(1000, n - i)));
      c.close();
    },
  });

describe('readCapped', () => {
  it('keeps an image under the cap, with its type', async () => {
    const got = await readCapped(new Response(body(4000), { headers: { 'content-type': 'image/webp' } }), 5000);
    expect(got.ok && [got.blob.size, got.blob.type]).toEqual([4000, 'image/webp']);
  });
  it('refuses at once what Content-Length declares too big', async () => {
    await expect(
      readCapped(new Response('x', { headers: { 'content-length': '9000', 'content-type': 'image/png' } }), 5000),
    ).resolves.toEqual({ ok: false, reason: 'too-big' });
  });
  it('stops reading as soon as an undeclared body passes the cap', async () => {
    await expect(
      readCapped(new Response(body(20_000), { headers: { 'content-type': 'image/png' } }), 5000),
    ).resolves.toEqual({ ok: false, reason: 'too-big' });
  });
  it('refuses what is not an image (an HTML error page served for an image URL)', async () => {
    await expect(
      readCapped(new Response('<html>', { headers: { 'content-type': 'text/html; charset=utf-8' } })),
    ).resolves.toMatchObject({ ok: false, reason: 'not-image' });
  });
});
