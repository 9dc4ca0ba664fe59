import { toolbarAction } from './toolbar-action';
import type { SaveResult } from '@/utils/article';
import { saveTitle } from '@/utils/lib/browser-apis';

/** Shows a save's outcome on the toolbar badge of the tab for a few seconds (for the keyboard command). */
export async function showBadge(result: SaveResult, tabId?: number, ms = 4000): Promise<void> {
  const text = result.ok ? (result.existed ? '✓' : '+') : '!';
  const color = result.ok ? '#1a7f37' : '#c62828';
  const title = result.ok ? `${result.existed ? 'Already saved' : 'Saved'}: ${result.title}` : result.message;
  await toolbarAction().setBadgeBackgroundColor({ color, tabId });
  await toolbarAction().setBadgeText({ text, tabId });
  await toolbarAction().setTitle({ title: `Offprint — ${title}`, tabId });
  setTimeout(() => {
    toolbarAction()
      .setBadgeText({ text: result.ok ? '✓' : '', tabId })
      .catch(() => {});
    toolbarAction()
      .setTitle({ title: saveTitle(), tabId })
      .catch(() => {});
  }, ms);
}
