import type { AfterSave } from '@/utils/saving/save-tab';
import { queueImages } from './image-queue';
import { runImageQueue } from './run-image-queue';
import { fetchImage } from './fetch-image';

/** Runs the image queue in the background; `fresh` when the service worker has just started. */
export function startImageQueue(fresh = false): Promise<void> {
  return runImageQueue(fetchImage, { fresh }).catch((e) => console.warn('image queue stopped', e));
}

/** After a save: queue the article's images, then fetch them without holding up the reply. */
export const queueArticleImages: AfterSave = async (id, article, tabId) => {
  await queueImages(id, article.imageUrls ?? [], { tabId, pageUrl: article.url });
  void startImageQueue();
};
