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
import { decidePrompt, promptDecision, type PromptDecision } from '@/utils/storage/prompts';

const ALL_SITES = { origins: ['<all_urls>'] };

/** Asks for access to all sites (must run inside the click), then fetches every image that was blocked. */
async function allowAllSites(): Promise<boolean> {
  const granted = await browser.permissions.request(ALL_SITES);
  await decidePrompt('image-permission', granted ? 'granted' : 'declined');
  if (!granted) return false;
  for (const id of await articlesWithBlockedImages()) await requeueSkipped(id, ['blocked', 'failed']);
  await sendMessage('images:resume', null);
  return true;
}

/**
 * The popup's image line for the article just saved, one quiet line: "7 / 12 images" live, then what was
 * left out. When images were blocked for want of access to other sites and the user never answered,
 * the same line asks once (Allow / Not now); after an answer, here or on the welcome page, never again.
 */
export function ImageProgress({ articleId }: { articleId?: number }) {
  const [decision, setDecision] = useState<PromptDecision | null | undefined>(undefined);
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [refused, setRefused] = useState(false);
  // The service worker may have stopped half-way through a queue: opening the popup resumes it.
  useEffect(() => {
    unfinishedImageTasks()
      .then((n) => (n ? sendMessage('images:resume', null) : null))
      .catch(() => undefined);
    promptDecision('image-permission').then(setDecision, () => setDecision(null));
    browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(false));
  }, []);
  const p = useLiveQuery(() => (articleId == null ? null : imageProgress(articleId)), [articleId]);
  if (!p || p.total === 0) return null;
  const ask = !!p.skipped.blocked && decision === null && granted === false;
  // Once the question was answered, images blocked for want of the permission are not news any more.
  const skipped = skippedText(decision ? { ...p, skipped: { ...p.skipped, blocked: 0 } } : p);
  const allow = () =>
    void allowAllSites().then((ok) => {
      setDecision(ok ? 'granted' : 'declined');
      setRefused(!ok);
    });
  const notNow = () => void decidePrompt('image-permission', 'declined').then(() => setDecision('declined'));
  return (
    <div class="image-progress" id="image-progress" role="status" data-done={p.done ? 'yes' : 'no'}>
      {!p.done && <span class="spinner" aria-hidden="true" />}
      <span id="image-count">{imageProgressText(p)}</span>
      {!p.done && <progress max={p.total} value={p.stored} aria-hidden="true" />}
      {ask ? (
        <>
          <span class="grow" id="image-ask">
            · {p.skipped.blocked} from other sites need permission
          </span>
          <button class="link-btn" id="allow-images" onClick={allow}>
            Allow
          </button>
          <button class="link-btn" id="images-not-now" onClick={notNow}>
            Not now
          </button>
        </>
      ) : refused ? (
        <span class="grow" id="image-denied" title="The text is saved; missing images show as small placeholders.">
          · Permission was not given
        </span>
      ) : (
        skipped && (
          <span class="grow" id="image-skipped" title={skipped}>
            · {skipped}
          </span>
        )
      )}
    </div>
  );
}
