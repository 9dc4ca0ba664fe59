import type { Settings } from '@/utils/storage/settings';

/** Font stacks of the reader (system fonts only: the reader loads nothing from outside). */
export const FONTS = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif",
} as const;

/** Applies the reader settings to a page: CSS variables and a data-theme attribute ('auto' follows the system). */
export function applyReaderStyle(
  s: Pick<Settings, 'theme' | 'font' | 'fontSize' | 'lineHeight' | 'width'>,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.theme = s.theme;
  root.style.setProperty('--reader-font', FONTS[s.font] ?? FONTS.serif);
  root.style.setProperty('--reader-size', `${s.fontSize}px`);
  root.style.setProperty('--reader-line', String(s.lineHeight));
  root.style.setProperty('--reader-width', `${s.width}px`);
}
