import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import {
  articlesWithBlockedImages,
  imageProgress,
  requeueSkipped,
  unfinishedImageTasks,
} from '@/utils/images/image-queue';
import { imageProgressText, skippedText } from '@/utils/images/image-skip-words';
import { sendMessage } from '@/utils/messages';

/**
 * Asks for access to all sites (must run inside the click), then fetches every image that was blocked.
 * Null when granted and the download started; else what the user reads.
 */
async function allowAllSites(): Promise<string | null> {
  const granted = await browser.permissions.request({ origins: ['<all_urls>'] });
  if (!granted) return 'Permission was not given. The text is saved; the missing images show as placeholders.';
  for (const id of await articlesWithBlockedImages()) await requeueSkipped(id, ['blocked', 'failed']);
  return resumeImages();
}

/** Asks the background to fetch the queued images; null when it started, else why not, in words. */
async function resumeImages(): Promise<string | null> {
  const reply = await sendMessage('images:resume', null);
  return reply.ok ? null : `The images could not be downloaded now. ${reply.message}`;
}

/**
 * The popup's image line for the article just saved: "7 / 12 images" live, then what was left out
 * and why, with a button to allow downloads from other sites when that is the reason.
 */
export function ImageProgress({ articleId }: { articleId?: number }) {
  const [problem, setProblem] = useState<string | null>(null);
  // The service worker may have stopped half-way through a queue: opening the popup resumes it.
  useEffect(() => {
    unfinishedImageTasks()
      .then((n) => (n ? resumeImages() : null))
      .then(setProblem, () => undefined);
  }, []);
  const p = useLiveQuery(() => (articleId == null ? null : imageProgress(articleId)), [articleId]);
  if (!p || p.total === 0) return null;
  const why = skippedText(p);
  return (
    <div class="image-progress" id="image-progress" role="status" aria-live="polite" data-done={p.done ? 'yes' : 'no'}>
      <div class="image-progress-line">
        {!p.done && <span class="spinner" aria-hidden="true" />}
        <span id="image-count">{imageProgressText(p)}</span>
        <progress max={p.total} value={p.stored} aria-hidden="true" />
      </div>
      {why && (
        <p class="image-skipped" id="image-skipped">
          {why}
        </p>
      )}
      {p.skipped.blocked ? (
        <div class="image-permission">
          <p>
            Images often come from other servers. To store them for offline reading, Offprint needs permission to
            download from any site; it reads no page unless you save it.
          </p>
          <button class="btn" id="allow-images" onClick={() => allowAllSites().then(setProblem)}>
            Allow image downloads
          </button>
        </div>
      ) : null}
      {problem && (
        <p class="image-denied" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
