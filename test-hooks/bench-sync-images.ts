// The images of the sync benchmark's library (bench:sync): which articles have them, how many and how large.
// Shared by the plain-PouchDB baseline page and the Offprint seeding, so both move the same bytes.
// Relative, not '@/…': bench:sync loads this file in Node through jiti, which knows no '@/' alias.
// eslint-disable-next-line no-restricted-imports
import { seededRandom } from '../utils/lib/seeded-random';

/** One benchmark image: its source URL, type and bytes (incompressible, like a JPEG). */
export interface BenchImage {
  url: string;
  type: string;
  bytes: Uint8Array;
}

/** One article in ten has images: 1,000 of a 10,000-article library. */
export const hasBenchImages = (i: number) => i % 10 === 0;

/**
 * Article `i`'s images (none unless `hasBenchImages(i)`): 1 to 3, sizes drawn like news photos (log-normal,
 * median ≈ 60 KB, 8–400 KB), bytes pseudo-random behind a JPEG header. Deterministic in `i`.
 */
export function benchImages(i: number): BenchImage[] {
  if (!hasBenchImages(i)) return [];
  const r = seededRandom(i * 104_729 + 7);
  const count = 1 + Math.floor(r() * 3);
  return Array.from({ length: count }, (_, k) => {
    const normal = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    const size = Math.min(400_000, Math.max(8_000, Math.round(60_000 * Math.exp(0.7 * normal))));
    const bytes = new Uint8Array(size);
    const words = new Uint32Array(bytes.buffer, 0, size >>> 2);
    let x = (i * 31 + k * 7 + 1) >>> 0 || 1;
    for (let w = 0; w < words.length; w++) {
      // xorshift32: fast, and incompressible enough to stand for JPEG data.
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      words[w] = x >>> 0;
    }
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    return { url: `https://img.offprint-bench.example/${i}/${k}.jpg`, type: 'image/jpeg', bytes };
  });
}
