import type { Settings } from '@/utils/storage/settings';

/**
 * Font stacks of the reader. The reader loads nothing from outside: these are system fonts, except
 * Atkinson Hyperlegible (chosen for legibility), shipped in public/fonts under its SIL Open Font Licence.
 */
export const FONTS = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif",
  legible: "'Atkinson Hyperlegible', system-ui, sans-serif",
  mono: "ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
} as const satisfies Record<Settings['font'], string>;

/** The reader's width presets, in CSS pixels (narrower screens use their whole width). */
export const WIDTHS = { narrow: 560, medium: 680, wide: 840 } as const;

/** Applies the reader settings to a page: CSS variables and data attributes ('auto' theme follows the system). */
export function applyReaderStyle(
  s: Pick<Settings, 'theme' | 'font' | 'fontSize' | 'lineHeight' | 'width' | 'justify'>,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.theme = s.theme;
  root.dataset.justify = s.justify ? 'yes' : 'no';
  root.style.setProperty('--reader-font', FONTS[s.font] ?? FONTS.serif);
  root.style.setProperty('--reader-size', `${s.fontSize}px`);
  root.style.setProperty('--reader-line', String(s.lineHeight));
  root.style.setProperty('--reader-width', `${s.width}px`);
}
