// @vitest-environment jsdom
// Site builders' bands and copies on service pages. Elementor Pro prints the site's header and footer as `<div>`s
// marked `data-elementor-type`, and its carousels (Swiper up to version 8) copy their slides to loop; Webflow sites
// show Finsweet's cookie banner, whose class words name no cookie. Fixture pages:
// tests/fixtures/pages/service-elementor-bands, tests/fixtures/pages/service-webflow-consent.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { isCarouselClone, removeCarouselClones } from '@/utils/extraction/carousel-clones';
import { removeConsentBanners } from '@/utils/extraction/consent-banner';
import { isBuilderBand } from '@/utils/extraction/builder-bands';
import { cleanRegion, mainRegion } from '@/utils/extraction/extract-region';
import { measureText } from '@/utils/extraction/clutter-guard';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('Elementor’s header and footer templates and carousel copies (service-elementor-bands)', () => {
  it('come back in vanilla Readability: the footer after its later attempts, each testimonial twice', () => {
    const vanilla = readabilityText(loadPage('service-elementor-bands'));
    expect(vanilla).toContain('1234 Colfax Avenue');
    expect(count(vanilla, 'Honest quote, fair price')).toBe(2);
  });
  it('are left out by Offprint, the page’s sections and each testimonial kept once', () => {
    const text = offprintPage(loadPage('service-elementor-bands'))!.text;
    expect(text).not.toContain('1234 Colfax Avenue');
    expect(text).not.toContain('All Rights Reserved');
    expect(text).not.toContain('Mon - Fri: 7:00am');
    expect(count(text, 'Honest quote, fair price')).toBe(1);
    expect(count(text, 'They showed up the morning after')).toBe(1);
    expect(text).toContain('Why Homeowners Choose Apex');
    expect(text).toContain('Storm Package');
    expect(text).toContain('Every repair carries a five-year workmanship warranty');
  });
  it('are told by their marks: the template’s type, the carousel’s copy classes', () => {
    const doc = parsePage(
      '<body><div id="h" data-elementor-type="header"></div><div id="p" data-elementor-type="wp-page"></div>' +
        '<div id="f" data-elementor-type="footer"></div>' +
        '<div id="a" class="swiper-slide swiper-slide-duplicate"></div>' +
        '<div id="b" class="owl-item cloned"></div><div id="c" class="slick-slide slick-cloned"></div>' +
        '<div id="d" class="repo cloned"></div><div id="e" class="swiper-slide"></div></body>',
    );
    const band = (id: string) => isBuilderBand(doc.getElementById(id)!, doc.getElementById(id)!.getAttributeNames());
    expect([band('h'), band('p'), band('f')]).toEqual([true, false, true]);
    const clone = (id: string) => isCarouselClone(doc.getElementById(id)!);
    expect(['a', 'b', 'c', 'd', 'e'].map(clone)).toEqual([true, true, true, false, false]);
  });
  it('leave the slides themselves', () => {
    const doc = parsePage(
      '<body><div class="swiper-wrapper"><div class="swiper-slide swiper-slide-duplicate">Ana</div>' +
        '<div class="swiper-slide">Ana</div><div class="swiper-slide">Ben</div></div></body>',
    );
    removeCarouselClones(takeCensus(doc.body));
    expect(doc.body.textContent).toBe('AnaBen');
  });
});

describe('a cookie banner its class words do not name (service-webflow-consent)', () => {
  it('is kept by the region copy on its own (no class word, no landmark, no dialog role)', () => {
    const doc = loadPage('service-webflow-consent');
    measureText(doc.body);
    expect(cleanRegion(mainRegion(doc.body), doc).textContent).toContain('storing of cookies');
  });
  it('is left out, the page kept', () => {
    const text = offprintPage(loadPage('service-webflow-consent'))!.text;
    expect(text).not.toContain('storing of cookies');
    expect(text).not.toMatch(/Deny|Preferences/);
    expect(text).toContain('Bookkeeping built for venture-backed startups');
    expect(text).toContain('Series A');
  });
  it('needs a consent answer and the word cookie in a small box around it', () => {
    const doc = parsePage(
      '<body><div id="a"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>' +
        '<div id="b"><p>Our oatmeal cookies ship in tins of twelve.</p><button>Add to cart</button></div>' +
        '<div id="c"><p>Do you agree with the terms of the loan?</p><button>I agree</button></div>' +
        `<div id="d"><p>${'Chocolate chip cookies from a family recipe, baked every morning. '.repeat(14)}</p>` +
        '<a href="#">OK</a></div></body>',
    );
    removeConsentBanners(takeCensus(doc.body));
    expect(doc.getElementById('a')).toBeNull();
    expect(doc.getElementById('b')).not.toBeNull();
    expect(doc.getElementById('c')).not.toBeNull();
    expect(doc.getElementById('d')).not.toBeNull();
  });
});
