// @vitest-environment jsdom
// Session 68 (s68-service33): a builder's section heading that ends in a colon ("Here's what our clients say:") over a
// testimonial slider the saved page holds empty (the slides come by script) closed a care provider's pages, heading
// nothing. The edge trimming's tail kept it: a colon ends a sentence for it. A heading that ends in a colon announces
// what comes under it, and at the tail nothing does (isTailClutter). Fixture
// tests/fixtures/pages/service-elementor-orphan-colon-heading.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { trimEdges } from '@/utils/extraction/trim-edges';

const PROSE =
  '<p>A paragraph of prose long enough to be the first line of the text, as a sentence of an article is written.</p>' +
  '<p>Another paragraph of prose, long enough to be a line of the text, closing what the page has to say here.</p>';

/** The text trimEdges leaves of a root holding two paragraphs of prose and then `tail`. */
const trimmed = (tail: string) => {
  const root = document.createElement('div');
  root.innerHTML = PROSE + tail;
  trimEdges(root);
  return root.textContent ?? '';
};

describe('a heading ending in a colon with nothing after it (service-elementor-orphan-colon-heading)', () => {
  it("drops a care provider's testimonials heading over an empty slider, and keeps the page's text", () => {
    const text = offprintPage(loadPage('service-elementor-orphan-colon-heading'))?.text ?? '';
    expect(text).toContain('We keep things private.');
    expect(text).toContain('Our values');
    expect(text).not.toContain("Here's what our clients say:");
  });

  it('drops such a heading at the tail only, and a heading alone, not a line of text or a long heading', () => {
    expect(trimmed('<h2>What our clients say:</h2>')).not.toContain('What our clients say:');
    expect(trimmed('<h3>Share this:</h3>')).not.toContain('Share this:');
    expect(trimmed('<h2>Opening hours:</h2><p>Monday to Friday, nine to five; on Saturdays until noon.</p>')).toContain(
      'Opening hours:',
    );
    expect(trimmed('<p>Call us on:</p>')).toContain('Call us on:');
    const long = 'What the families we have supported over the years say about us:';
    expect(trimmed(`<h2>${long}</h2>`)).toContain(long);
  });
});
