// @vitest-environment jsdom
// The region against Readability's block (session 43): what the region adds at the block's edges counts as its gain
// only when it is text of the page (prose, list items, tables, headings), never a post's header row of links, a
// sign-up box's short lines, a footer from its rights line down or the popup forms after it. Both pages as an unseen
// site serves them: class words hashed and landmarks made `<div>`s (the `--perturb classes,landmarks` probe).
// Fixture pages: tests/fixtures/pages/forum-reddit-signup, tests/fixtures/pages/service-packages-popup-forms.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';
import { edgeChromeWords, gainsOnlyChrome } from '@/utils/extraction/region-gain';

const probed = (slug: string) => {
  const doc = loadPage(slug);
  perturbClasses(doc);
  perturbLandmarks(doc);
  return offprintPage(doc)!.text;
};

describe('the region beats the block only by text of the page (gainsOnlyChrome)', () => {
  it("keeps a post without its community's header row and the sign-up box beside it", () => {
    const text = probed('forum-reddit-signup');
    expect(text).toContain('Which kettle has lasted you longest?');
    expect(text).not.toMatch(/New to Reddit|Create your account|Continue with Email|User Agreement/);
    expect(text).not.toMatch(/Go to KitchenGearLife|r\/KitchenGearLife|MarrowbyFen/);
  });

  it('keeps the packages without the footer and the registration forms after it', () => {
    const text = probed('service-packages-popup-forms');
    expect(text).toContain('Help weighing offers and financial aid letters in the spring.');
    expect(text).not.toMatch(/© 2026|Registration Agreement|MM slash DD slash YYYY|Office Hours:/);
  });

  const region = (body: string) => parsePage(`<body><div id="r">${body}</div></body>`).getElementById('r')!;
  const block =
    'We repair boilers and heat pumps across the county. Our engineers are certified, carry parts for most ' +
    'makes and give a written quote before any work starts, so there are no surprises on the bill.';

  it('drops none of the list items and headings a region adds below the block', () => {
    const el = region(
      `<p>${block}</p><h2>What we fix</h2><ul>${[
        'Gas combi boilers from every major maker',
        'Air source heat pumps and their outdoor units',
        'Hot water cylinders, valves and thermostats',
        'Underfloor heating manifolds and pumps',
        'Radiators that stay cold at the top',
        'Smart controls that lose their schedule',
      ]
        .map((t) => `<li>${t}</li>`)
        .join('')}</ul>`,
    );
    expect(edgeChromeWords(el, block)).toBe(0);
    expect(gainsOnlyChrome(el, el.textContent ?? '', block, 1.15)).toBe(false);
  });

  it('drops a line of links above a short block, not an edge that holds a paragraph of prose', () => {
    const prose =
      'Most calls are answered the same day, and in winter we keep two engineers on standby for homes left ' +
      'without heat, with older customers and families with small children seen first. Evening and weekend visits ' +
      'cost the same as weekday ones, and we never charge for a second visit to finish a job.';
    const el = region(
      `<div><a href="/">Home</a> <a href="/services">Services</a></div><p>${block}</p><p>${prose}</p>` +
        '<div><span>New here?</span><p>Create an account to book faster.</p><span>Continue</span></div>',
    );
    // "Home Services" above: 2 words. Below, the prose makes that edge the page's text, its short lines with it.
    expect(edgeChromeWords(el, block)).toBe(2);
    expect(gainsOnlyChrome(el, el.textContent ?? '', block, 1.15)).toBe(false);
  });

  it('stands aside when no line of the block is in the region', () => {
    expect(edgeChromeWords(region('<p>Something else entirely, said in other words.</p>'), block)).toBeNull();
  });
});
