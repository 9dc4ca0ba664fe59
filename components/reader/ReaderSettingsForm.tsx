import type { Settings } from '@/utils/storage/settings';
import { CheckField } from '@/components/CheckField';
import { ChoiceFieldset, type Choice } from '@/components/ChoiceFieldset';
import { WIDTHS } from './reader-style';

type ReaderFields = Pick<
  Settings,
  'theme' | 'font' | 'fontSize' | 'lineHeight' | 'width' | 'justify' | 'archiveWhenFinished'
>;

const FONT_CHOICES: Choice<Settings['font']>[] = [
  { value: 'serif', label: 'Serif', class: 'font-choice font-serif' },
  { value: 'sans', label: 'Sans', class: 'font-choice font-sans' },
  { value: 'legible', label: 'Hyperlegible', class: 'font-choice font-legible' },
  { value: 'mono', label: 'Mono', class: 'font-choice font-mono' },
];

const WIDTH_CHOICES: Choice<number>[] = [
  { value: WIDTHS.narrow, label: 'Narrow' },
  { value: WIDTHS.medium, label: 'Medium' },
  { value: WIDTHS.wide, label: 'Wide' },
];

/** The preset nearest a stored width (older versions stored any width from 480 to 1000 px). */
function nearestWidth(px: number): number {
  return WIDTH_CHOICES.reduce((a, b) => (Math.abs(b.value - px) < Math.abs(a.value - px) ? b : a)).value;
}

const THEMES: Choice<Settings['theme']>[] = [
  { value: 'auto', label: 'Auto', class: 'swatch auto' },
  { value: 'light', label: 'Light', class: 'swatch light' },
  { value: 'sepia', label: 'Sepia', class: 'swatch sepia' },
  { value: 'dark', label: 'Dark', class: 'swatch dark' },
];

/** The sliders: label, input id, least, most and step, and how the value is shown. */
const RANGES = {
  fontSize: { label: 'Size', id: 'font-size', min: '14', max: '28', step: '1', shown: (v: number) => `${v}px` },
  lineHeight: {
    label: 'Line height',
    id: 'line-height',
    min: '1.2',
    max: '2.2',
    step: '0.1',
    shown: (v: number) => v.toFixed(1),
  },
};

/** The reader settings as form fields (used in the reader's popover and on the options page). */
export function ReaderSettingsForm({ value, onChange }: { value: ReaderFields; onChange(c: Partial<Settings>): void }) {
  const choice = <K extends 'theme' | 'font' | 'width'>(legend: string, key: K, choices: Choice<ReaderFields[K]>[]) => (
    <ChoiceFieldset
      legend={legend}
      name={key}
      choices={choices}
      selected={key === 'width' ? nearestWidth(value.width) : value[key]}
      onPick={(v) => onChange({ [key]: v })}
    />
  );
  const range = (key: keyof typeof RANGES) => {
    const r = RANGES[key];
    return (
      <label class="range">
        {r.label}{' '}
        <input
          type="range"
          id={r.id}
          min={r.min}
          max={r.max}
          step={r.step}
          value={value[key]}
          onInput={(e) => onChange({ [key]: Number((e.target as HTMLInputElement).value) })}
        />{' '}
        <output>{r.shown(value[key])}</output>
      </label>
    );
  };
  return (
    <div class="reader-settings">
      {choice('Theme', 'theme', THEMES)}
      {choice('Font', 'font', FONT_CHOICES)}
      {range('fontSize')}
      {range('lineHeight')}
      {choice('Width', 'width', WIDTH_CHOICES)}
      <CheckField id="justify" checked={value.justify} onChange={(justify) => onChange({ justify })}>
        Justify text
      </CheckField>
      <CheckField
        id="archive-when-finished"
        checked={value.archiveWhenFinished}
        onChange={(archiveWhenFinished) => onChange({ archiveWhenFinished })}
      >
        Archive an article when I finish reading it
      </CheckField>
    </div>
  );
}
