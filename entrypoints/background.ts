import { onMessages } from '@/utils/messages';
import { saveTab } from '@/utils/save-tab';
import { showBadge } from '@/utils/show-badge';
import { registerSaveUrlWorker, workSaveUrlQueue } from '@/utils/save-url-queue';

export default defineBackground(() => {
  onMessages({
    'tab:save': (opts) => saveTab(opts),
    'queue:work': () => (void workSaveUrlQueue(), { ok: true }),
  });
  registerSaveUrlWorker();
  void workSaveUrlQueue(); // resume what a stopped service worker left
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-page') return;
    const result = await saveTab({ tabId: tab?.id });
    await showBadge(result, tab?.id);
  });
});
