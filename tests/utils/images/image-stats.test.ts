import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { queueImages } from '@/utils/images/image-queue';
import { runImageQueue } from '@/utils/images/run-image-queue';
import { imageStats } from '@/utils/images/image-stats';
import type { FetchedImage } from '@/utils/images/fetch-image';
import { makeArticle } from '../../helpers/make-article';

let db: OffprintDB;
const png = (n: number) => new Blob([new Uint8Array(n)], { type: 'image/png' });

beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
});

describe('imageStats', () => {
  it('is all zero for a library without images', async () => {
    await saveArticle(makeArticle('https://news.example/a', 'text'), db);
    expect(await imageStats(db)).toEqual({ count: 0, bytes: 0, blocked: 0 });
  });

  it('counts stored images, adds up their bytes, and counts the articles with blocked images once each', async () => {
    const answers: Record<string, FetchedImage> = {
      'https://img.example/1.png': { ok: true, blob: png(100) },
      'https://img.example/2.png': { ok: true, blob: png(250) },
      'https://img.example/3.png': { ok: false, reason: 'blocked' },
      'https://img.example/4.png': { ok: false, reason: 'blocked' },
      'https://img.example/5.png': { ok: false, reason: 'too-big' },
    };
    const a = (await saveArticle(makeArticle('https://news.example/a', 'a'), db)).id;
    const b = (await saveArticle(makeArticle('https://news.example/b', 'b'), db)).id;
    await queueImages(
      a,
      ['https://img.example/1.png', 'https://img.example/3.png', 'https://img.example/4.png'],
      {},
      db,
    );
    await queueImages(b, ['https://img.example/2.png', 'https://img.example/5.png'], {}, db);
    await runImageQueue(async (url) => answers[url], {}, db);
    expect(await imageStats(db)).toEqual({ count: 2, bytes: 350, blocked: 1 });
  });
});
