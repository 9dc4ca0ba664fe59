import type { Settings } from '@/utils/storage/settings';

type ReaderFields = Pick<Settings, 'theme' | 'font' | 'fontSize' | 'lineHeight' | 'width' | 'archiveWhenFinished'>;

const THEMES: { id: Settings['theme']; label: string }[] = [
  { id: 'auto', label: 'Auto' },
  { id: 'light', label: 'Light' },
  { id: 'sepia', label: 'Sepia' },
  { id: 'dark', label: 'Dark' },
];

/** The reader settings as form fields (used in the reader's popover and on the options page). */
export function ReaderSettingsForm({ value, onChange }: { value: ReaderFields; onChange(c: Partial<Settings>): void }) {
  const num = (e: Event) => Number((e.target as HTMLInputElement).value);
  return (
    <div class="reader-settings">
      <fieldset class="choice">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label class={`swatch ${t.id}`}>
            <input
              type="radio"
              name="theme"
              value={t.id}
              checked={value.theme === t.id}
              onChange={() => onChange({ theme: t.id })}
            />{' '}
            {t.label}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice">
        <legend>Font</legend>
        <label>
          <input
            type="radio"
            name="font"
            value="serif"
            checked={value.font === 'serif'}
            onChange={() => onChange({ font: 'serif' })}
          />{' '}
          Serif
        </label>
        <label>
          <input
            type="radio"
            name="font"
            value="sans"
            checked={value.font === 'sans'}
            onChange={() => onChange({ font: 'sans' })}
          />{' '}
          Sans
        </label>
      </fieldset>
      <label class="range">
        Size{' '}
        <input
          type="range"
          id="font-size"
          min="14"
          max="28"
          step="1"
          value={value.fontSize}
          onInput={(e) => onChange({ fontSize: num(e) })}
        />{' '}
        <output>{value.fontSize}px</output>
      </label>
      <label class="range">
        Line height{' '}
        <input
          type="range"
          id="line-height"
          min="1.2"
          max="2.2"
          step="0.1"
          value={value.lineHeight}
          onInput={(e) => onChange({ lineHeight: num(e) })}
        />{' '}
        <output>{value.lineHeight.toFixed(1)}</output>
      </label>
      <label class="range">
        Width{' '}
        <input
          type="range"
          id="width"
          min="480"
          max="1000"
          step="20"
          value={value.width}
          onInput={(e) => onChange({ width: num(e) })}
        />{' '}
        <output>{value.width}px</output>
      </label>
      <label class="check">
        <input
          type="checkbox"
          id="archive-when-finished"
          checked={value.archiveWhenFinished}
          onChange={(e) => onChange({ archiveWhenFinished: (e.target as HTMLInputElement).checked })}
        />
        <span>Archive an article when I finish reading it</span>
      </label>
    </div>
  );
}
