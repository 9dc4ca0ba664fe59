import { useEffect, useState } from 'preact/hooks';
import { decidePrompt, promptDecision } from '@/utils/storage/prompts';

const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * The optional permission, offered once with its reason: downloading images (and linked pages) from any
 * site. The answer is recorded, so the popup never asks again; without it, text is saved and missing
 * images show as small placeholders.
 */
export function WelcomePermissions() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  useEffect(() => {
    // What the browser and storage say, unless a click already answered (it is newer).
    browser.permissions.contains(ALL_SITES).then(
      (v) => setGranted((g) => g ?? v),
      () => setGranted((g) => g ?? false),
    );
    promptDecision('image-permission').then(
      (v) => setDecided((d) => d ?? v),
      () => undefined,
    );
  }, []);
  // permissions.request must run in the click itself (no await before it).
  const allow = () =>
    browser.permissions.request(ALL_SITES).then(
      async (ok) => {
        await decidePrompt('image-permission', ok ? 'granted' : 'declined');
        setGranted(ok);
        setDecided(ok ? 'granted' : 'declined');
      },
      () => setGranted(false),
    );
  const notNow = () => void decidePrompt('image-permission', 'declined').then(() => setDecided('declined'));
  return (
    <div class="permission" id="welcome-images">
      <p>
        <b>Images for offline reading.</b> Pictures in articles usually come from other servers than the page. To keep
        them with the article, Offprint needs your permission to download from any site. It reads no page unless you
        save it, and nothing you save leaves your computer. You can change this at any time in Settings.
      </p>
      {granted ? (
        <p class="ok" id="welcome-images-state" role="status">
          ✓ Allowed: images are stored with every article you save.
        </p>
      ) : decided === 'declined' ? (
        <p class="muted" id="welcome-images-state" role="status">
          Not allowed: Offprint saves the text and shows a small placeholder where an image was.{' '}
          <button class="link-btn" id="welcome-allow-images" onClick={allow}>
            Allow after all
          </button>
        </p>
      ) : (
        <p class="buttons">
          <button class="btn primary" id="welcome-allow-images" onClick={allow}>
            Allow image downloads
          </button>
          <button class="btn" id="welcome-images-not-now" onClick={notNow}>
            Not now
          </button>
        </p>
      )}
    </div>
  );
}
