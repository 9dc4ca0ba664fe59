import { onMessages } from '@/utils/messages';
import { saveTab } from '@/utils/save-tab';
import { showBadge } from '@/utils/show-badge';

export default defineBackground(() => {
  onMessages({
    'tab:save': (opts) => saveTab(opts),
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-page') return;
    const result = await saveTab({ tabId: tab?.id });
    await showBadge(result, tab?.id);
  });
});
