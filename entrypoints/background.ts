import { onMessages } from '@/utils/messages';
import { saveTab } from '@/utils/save-tab';
import { showBadge } from '@/utils/show-badge';
import { queueArticleImages, startImageQueue } from '@/utils/start-image-queue';

export default defineBackground(() => {
  onMessages({
    'tab:save': (opts) => saveTab(opts, queueArticleImages),
    'images:resume': () => (void startImageQueue(), { ok: true as const }),
  });
  // A stopped service worker left its image queue half-done: pick it up now.
  void startImageQueue(true);
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-page') return;
    const result = await saveTab({ tabId: tab?.id }, queueArticleImages);
    await showBadge(result, tab?.id);
  });
});
