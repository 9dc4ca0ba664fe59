import { ARTICLE_IMAGE_CAP, IMAGE_CAP, type ImageTally, type SkipReason } from './image-queue';

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

const WORDS: Record<SkipReason, (n: number) => string> = {
  'too-big': (n) => `${n} over ${MB(IMAGE_CAP)} each`,
  'article-cap': (n) => `${n} past the ${MB(ARTICLE_IMAGE_CAP)} limit per article`,
  blocked: (n) =>
    n === 1 ? '1 from another site needs your permission' : `${n} from other sites need your permission`,
  failed: (n) => `${n} could not be downloaded`,
  'not-image': (n) => `${n} not real images`,
  'storage-full': (n) => `${n} not stored: the browser's storage is full`,
};

/** "7 / 12 images", or the finished state in words, for the popup. */
export function imageProgressText(p: ImageTally): string {
  if (!p.done) return `${p.stored} / ${p.total} images`;
  if (p.stored === p.total)
    return p.total === 1 ? 'The image is saved for offline reading' : `All ${p.total} images saved for offline reading`;
  return `${p.stored} / ${p.total} images saved`;
}

/** Why images were left out, as one sentence (empty when none were). */
export function skippedText(p: ImageTally): string {
  const parts = (Object.keys(p.skipped) as SkipReason[])
    .filter((r) => p.skipped[r])
    .map((r) => WORDS[r](p.skipped[r]!));
  return parts.length ? `Not saved: ${parts.join('; ')}.` : '';
}
