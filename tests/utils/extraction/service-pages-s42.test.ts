// @vitest-environment jsdom
// Service pages (session 42): a landing page's small footer (its rights line, two legal links and the builder's
// credit) on a page that prints no landmark, as an unseen builder with hashed class names serves it: the Kajabi
// fixture with its class words hashed and its landmarks made `<div>`s (the `--perturb classes,landmarks` probe).
// Fixture page: tests/fixtures/pages/service-kajabi-sales.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

describe('a small footer band without landmarks (removeFooterBand)', () => {
  it('drops the rights line, the legal links and "Powered by Kajabi" of a hashed page without landmarks', () => {
    const doc = loadPage('service-kajabi-sales');
    perturbClasses(doc);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    expect(text).toContain('What if I miss a session?');
    expect(text).not.toMatch(/© 2026|Privacy|Powered by Kajabi/);
  });
});
