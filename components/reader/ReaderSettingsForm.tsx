import type { Settings } from '@/utils/storage/settings';
import { WIDTHS } from './reader-style';

type ReaderFields = Pick<
  Settings,
  'theme' | 'font' | 'fontSize' | 'lineHeight' | 'width' | 'justify' | 'archiveWhenFinished'
>;

const FONT_CHOICES: { id: Settings['font']; label: string }[] = [
  { id: 'serif', label: 'Serif' },
  { id: 'sans', label: 'Sans' },
  { id: 'legible', label: 'Hyperlegible' },
  { id: 'mono', label: 'Mono' },
];

const WIDTH_CHOICES = [
  { px: WIDTHS.narrow, label: 'Narrow' },
  { px: WIDTHS.medium, label: 'Medium' },
  { px: WIDTHS.wide, label: 'Wide' },
];

/** The preset nearest a stored width (older versions stored any width from 480 to 1000 px). */
function nearestWidth(px: number): number {
  return WIDTH_CHOICES.reduce((a, b) => (Math.abs(b.px - px) < Math.abs(a.px - px) ? b : a)).px;
}

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
        {FONT_CHOICES.map((f) => (
          <label class={`font-choice font-${f.id}`}>
            <input
              type="radio"
              name="font"
              value={f.id}
              checked={value.font === f.id}
              onChange={() => onChange({ font: f.id })}
            />{' '}
            {f.label}
          </label>
        ))}
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
      <fieldset class="choice">
        <legend>Width</legend>
        {WIDTH_CHOICES.map((w) => (
          <label>
            <input
              type="radio"
              name="width"
              value={w.px}
              checked={nearestWidth(value.width) === w.px}
              onChange={() => onChange({ width: w.px })}
            />{' '}
            {w.label}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          id="justify"
          checked={value.justify}
          onChange={(e) => onChange({ justify: (e.target as HTMLInputElement).checked })}
        />
        <span>Justify text</span>
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
