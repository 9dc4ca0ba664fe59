import { useSettings } from '@/components/hooks/use-settings';
import { ReaderSettingsForm } from '@/components/reader/ReaderSettingsForm';

/** Reading settings: theme, font, size, line height, width, archive when finished; and the reader's keys. */
export function ReaderSettings() {
  const [s, set] = useSettings();
  if (!s) return <p class="muted">Loading…</p>;
  return (
    <div class="fields">
      <ReaderSettingsForm value={s} onChange={set} />
      <p>
        Keys in the reader: <kbd>j</kbd>/<kbd>k</kbd> scroll, <kbd>a</kbd> archive, <kbd>f</kbd> favourite,{' '}
        <kbd>Esc</kbd> back to the list. In the list: <kbd>/</kbd> search, <kbd>↑</kbd>/<kbd>↓</kbd> move,{' '}
        <kbd>Enter</kbd> open, <kbd>a</kbd>, <kbd>f</kbd>, <kbd>Delete</kbd>.
      </p>
    </div>
  );
}
