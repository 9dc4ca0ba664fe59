import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/article';

const NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

/** The highlight colour's name, as the Colour radios and the panel say it. */
export const colorName = (c: HighlightColor) => NAMES[c];

/** The Colour radio group: four swatches, arrow keys move between them (native radios). */
export function ColorPicker({
  value,
  onChange,
  name,
}: {
  value: HighlightColor;
  onChange(c: HighlightColor): void;
  /** The radios' group name, unique on the page. */
  name: string;
}) {
  return (
    <div class="hl-colors" role="radiogroup" aria-label="Colour">
      {HIGHLIGHT_COLORS.map((c) => (
        <label class={`hl-swatch hl-${c}`} title={NAMES[c]}>
          <input
            type="radio"
            name={name}
            value={c}
            aria-label={NAMES[c]}
            checked={value === c}
            onChange={() => onChange(c)}
          />
        </label>
      ))}
    </div>
  );
}
