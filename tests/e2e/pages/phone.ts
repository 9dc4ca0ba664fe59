/** Phone viewports the layout must fit: the narrowest supported width and a common phone. */
export const PHONES = [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
] as const;

/** Smallest touch target, in CSS pixels (issue 17: touch targets ≥ 40 px). */
export const TOUCH = 40;

/** What a page looks like at the current viewport: horizontal overflow, controls cut off or too small. */
export interface PhoneReport {
  width: number;
  scrollWidth: number;
  /** Controls that reach past the right edge (cut off or scrolled sideways). */
  cut: string[];
  /** Controls smaller than a touch target. */
  small: string[];
}

/**
 * Measures the page as it is (evaluated in the page by Playwright or Puppeteer, so it is self-contained).
 * A checkbox or radio counts by its label, which is what a finger presses; links inside the article's
 * text are prose, not controls.
 */
export function phoneReport(touch: number): PhoneReport {
  const width = document.documentElement.clientWidth;
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const classes = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24);
    return `${el.tagName.toLowerCase()}${id}${classes} “${text}”`;
  };
  const cut: string[] = [];
  const small: string[] = [];
  const controls = document.querySelectorAll(
    'button, a[href], input, select, textarea, summary, [role="button"], [role="tab"]',
  );
  for (const el of controls) {
    if (el.closest('.article-body, [inert], [aria-hidden="true"], .reader-head h1')) continue;
    // A link in running text is prose (WCAG exempts inline targets); a link that stands alone is a control.
    if (el.tagName === 'A' && getComputedStyle(el).display === 'inline' && el.closest('p, small, li, figcaption'))
      continue;
    const own = el.getBoundingClientRect();
    if (!own.width || !own.height || getComputedStyle(el).visibility === 'hidden') continue;
    const input = el as HTMLInputElement;
    const label = (input.type === 'checkbox' || input.type === 'radio') && el.closest('label');
    const r = label ? label.getBoundingClientRect() : own;
    if (r.right > width + 0.5 || r.left < -0.5) cut.push(`${name(el)} ${Math.round(r.left)}–${Math.round(r.right)}`);
    if (r.height < touch - 0.5 || r.width < touch - 0.5)
      small.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
  }
  return { width, scrollWidth: document.documentElement.scrollWidth, cut, small };
}
