import { useEffect, useState } from 'preact/hooks';

/** How long a save may take before the popup explains the wait. */
export const SLOW_SAVE_MS = 2000;

/** "Saving…", and after two seconds why it takes long and that closing the popup loses nothing. */
export function SavingNote({ after = SLOW_SAVE_MS }: { after?: number }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setSlow(true), after);
    return () => clearTimeout(t);
  }, []);
  if (!slow) return <span class="save-text">Saving…</span>;
  return (
    <span class="save-text" id="slow-save">
      Still saving: this page is very long. You can close this window; the save goes on and the article appears in your
      list.
    </span>
  );
}
