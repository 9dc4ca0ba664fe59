import { describe, expect, it } from 'vitest';
import { FONTS, WIDTHS, applyReaderStyle } from '@/components/reader/reader-style';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';

describe('applyReaderStyle', () => {
  it('offers at least four fonts, one of them the shipped Atkinson Hyperlegible', () => {
    expect(Object.keys(FONTS).length).toBeGreaterThanOrEqual(4);
    expect(FONTS.legible).toMatch(/^'Atkinson Hyperlegible'/);
  });

  it('sets the font, the width and justified text on the page', () => {
    const root = document.createElement('html');
    applyReaderStyle({ ...DEFAULT_SETTINGS, font: 'legible', width: WIDTHS.wide, justify: true }, root);
    expect(root.style.getPropertyValue('--reader-font')).toBe(FONTS.legible);
    expect(root.style.getPropertyValue('--reader-width')).toBe(`${WIDTHS.wide}px`);
    expect(root.dataset.justify).toBe('yes');
    applyReaderStyle({ ...DEFAULT_SETTINGS, justify: false }, root);
    expect(root.dataset.justify).toBe('no');
  });
});
