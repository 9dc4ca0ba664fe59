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

/**
 * Asks for access to all sites (must run inside the click), records the answer (the question is not asked
 * again), then fetches every image that was blocked. `problem` is what the user reads when it was refused
 * or the download could not start.
 */
async function allowAllSites(): Promise<{ decision: PromptDecision; problem: string | null }> {
  const granted = await browser.permissions.request(ALL_SITES);
  const decision = granted ? 'granted' : 'declined';
  await decidePrompt('image-permission', decision);
  if (!granted)
    return {
      decision,
      problem: 'Permission was not given. The text is saved; the missing images show as placeholders.',
    };
  for (const id of await articlesWithBlockedImages()) await requeueSkipped(id, ['blocked', 'failed']);
  return { decision, problem: await resumeImages() };
}

/** Asks the background to fetch the queued images; null when it started, else why not, in words. */
async function resumeImages(): Promise<string | null> {
  const reply = await sendMessage('images:resume', null);
  return reply.ok ? null : `The images could not be downloaded now. ${reply.message}`;
}

/**
 * The popup's image line for the article just saved, one quiet line: "7 / 12 images" live, then what was
 * left out. When images were blocked for want of access to other sites and the user never answered,
 * the same line asks once (Allow / Not now); after an answer, here or on the welcome page, never again.
 */
export function ImageProgress({ articleId }: { articleId?: number }) {
  const [decision, setDecision] = useState<PromptDecision | null | undefined>(undefined);
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  // The service worker may have stopped half-way through a queue: opening the popup resumes it.
  useEffect(() => {
    unfinishedImageTasks()
      .then((n) => (n ? resumeImages() : null))
      .then(setProblem, () => undefined);
    promptDecision('image-permission').then(setDecision, () => setDecision(null));
    browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(false));
  }, []);
  const p = useLiveQuery(() => (articleId == null ? null : imageProgress(articleId)), [articleId]);
  if (!p || p.total === 0) return problem ? <Problem text={problem} /> : null;
  const ask = !!p.skipped.blocked && decision === null && granted === false;
  // Once the question was answered, images blocked for want of the permission are not news any more.
  const skipped = skippedText(decision ? { ...p, skipped: { ...p.skipped, blocked: 0 } } : p);
  const allow = () =>
    void allowAllSites().then((r) => {
      setDecision(r.decision);
      setProblem(r.problem);
    });
  const notNow = () => void decidePrompt('image-permission', 'declined').then(() => setDecision('declined'));
  return (
    <>
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
        ) : (
          skipped && (
            <span class="grow" id="image-skipped" title={skipped}>
              · {skipped}
            </span>
          )
        )}
      </div>
      {problem && <Problem text={problem} />}
    </>
  );
}

/** What went wrong asking for or starting the downloads, as a quiet line the screen reader announces. */
function Problem({ text }: { text: string }) {
  return (
    <p class="image-denied" id="image-denied" role="alert">
      {text}
    </p>
  );
}
