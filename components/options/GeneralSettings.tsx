import { useEffect, useState } from 'preact/hooks';
import { useSettings } from '@/components/hooks/use-settings';
import { commandsApi, hasShortcut } from '@/utils/lib/browser-apis';

/** Saving settings: auto-save on popup open, and where to change the keyboard shortcut. */
export function GeneralSettings() {
  const [s, set] = useSettings();
  const [shortcut, setShortcut] = useState<string>('Alt+Shift+S');
  useEffect(() => {
    void commandsApi()
      ?.getAll?.()
      .then((cmds) => {
        const c = cmds.find((x) => x.name === 'save-page');
        if (c) setShortcut(c.shortcut || 'not set');
      });
  }, []);
  if (!s) return <p class="muted">Loading…</p>;
  return (
    <div class="fields">
      <label class="check">
        <input
          type="checkbox"
          id="auto-save"
          checked={s.autoSave}
          onChange={(e) => set({ autoSave: (e.target as HTMLInputElement).checked })}
        />
        <span>
          Save articles as soon as I open the Offprint popup
          <small>When off, the popup shows a “Save this page” button instead.</small>
        </span>
      </label>
      {/* No keyboard commands where the browser has none (Firefox for Android). */}
      {hasShortcut() && (
        <p>
          Keyboard shortcut to save without opening the popup: <kbd id="shortcut">{shortcut}</kbd>
          <small class="block">
            Change it on your browser’s extension shortcuts page (chrome://extensions/shortcuts).
          </small>
        </p>
      )}
    </div>
  );
}
