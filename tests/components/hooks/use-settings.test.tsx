import { afterEach, beforeEach, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettings } from '@/components/hooks/use-settings';
import { SETTINGS_KEY } from '@/utils/storage/settings';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function until(f: () => boolean) {
  for (let i = 0; !f(); i++) {
    if (i > 300) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

it('shows settings changed in another page (the options page follows the reader and back)', async () => {
  let seen: string | undefined;
  function Probe() {
    const [s] = useSettings();
    seen = s?.theme;
    return null;
  }
  render(<Probe />, root);
  await until(() => seen === 'auto');
  // Another extension page stores a change: only storage.onChanged tells this one.
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { theme: 'sepia' } });
  await until(() => seen === 'sepia');
});
