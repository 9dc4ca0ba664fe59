import { useEffect, useState } from 'preact/hooks';
import { SETTLE_MS, useThrottledQuery } from '@/components/hooks/use-throttled-query';
import { articlesWithBlockedImages, requeueSkipped } from '@/utils/images/image-queue';
import { imageStats } from '@/utils/images/image-stats';
import { sendMessage } from '@/utils/messages';
import { persistStorage } from '@/utils/storage/persist-storage';

const ALL = { origins: ['<all_urls>'] };
const STATS_TABLES = ['images', 'queue'];

/** Images and storage: access to other sites for images, what is stored, and whether the browser keeps it. */
export function ImageSettings() {
  const [granted, setGranted] = useState<boolean>();
  const [persisted, setPersisted] = useState<boolean>();
  // A pass over every image row (blobs included): once writes pause, not on each page a restore writes.
  const stats = useThrottledQuery(() => imageStats(), [], { tables: STATS_TABLES, ms: SETTLE_MS, settle: true });
  useEffect(() => {
    browser.permissions.contains(ALL).then(setGranted);
    persistStorage().then(setPersisted);
  }, []);
  const allow = async () => {
    const ok = await browser.permissions.request(ALL); // first await: still inside the click
    setGranted(ok);
    if (!ok) return;
    for (const id of await articlesWithBlockedImages()) await requeueSkipped(id, ['blocked', 'failed']);
    await sendMessage('images:resume', null);
  };
  const revoke = async () => setGranted(!(await browser.permissions.remove(ALL)));
  return (
    <div class="fields">
      <p id="image-stats">
        {stats ? `${stats.count} images stored (${(stats.bytes / 1024 / 1024).toFixed(1)} MB).` : 'Counting images…'}
        {stats?.blocked
          ? ` ${stats.blocked} ${stats.blocked === 1 ? 'article has' : 'articles have'} images ` +
            'that need access to other sites.'
          : ''}
      </p>
      <div>
        <p>
          Images often come from other servers than the article. To store them for offline reading, Offprint needs
          permission to download from any site. It reads no page unless you save it.
        </p>
        {granted ? (
          <button id="revoke-images" onClick={revoke}>
            Stop downloading images from other sites
          </button>
        ) : (
          <button class="primary" id="allow-images" onClick={allow}>
            Allow image downloads
          </button>
        )}
        {granted === false && (
          <small class="block">
            Without it, Offprint keeps the images the page itself may share, and shows a placeholder for the rest.
          </small>
        )}
      </div>
      <p id="persisted" class={persisted ? 'ok' : 'muted'}>
        {persisted
          ? 'Your browser keeps the library even when disk space runs low.'
          : 'Your browser may clear the library if disk space runs very low; export a backup now and then.'}
      </p>
    </div>
  );
}
