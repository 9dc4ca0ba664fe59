// @vitest-environment jsdom
// Pages whose content is many blocks (service sections, listing cards, product details): the main
// region without its chrome, and when it is kept instead of Readability's one block. Fixture pages:
// tests/fixtures/pages/{listing-cards,service-sections,listing-search-results,forum-xenforo-sidebar}.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  chromeShare,
  chromeText,
  cleanRegion,
  mainRegion,
  outsideRegion,
  visibleChars,
  type RegionParts,
} from '@/utils/extraction/extract-region';
import { declaresService, preferRegion } from '@/utils/extraction/prefer-region';
import { measureText } from '@/utils/extraction/clutter-guard';
import { absoluteLinks } from '@/utils/extraction/absolute-links';
import { extractArticle } from '@/utils/extraction/extract-article';
import { removeClutter } from '@/utils/extraction/remove-clutter';

const parse = (html: string) => new JSDOM(html, { url: 'https://example.com/blog/' }).window.document;
const page = (slug: string) => parse(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'));

describe('mainRegion and cleanRegion', () => {
  it('keeps every card of a listing with its link, without the nav, sidebar, pagination and footer', () => {
    const doc = page('listing-cards');
    measureText(doc.body);
    const region = mainRegion(doc.body);
    expect(region.tagName).toBe('MAIN');
    const out = cleanRegion(region, doc);
    expect(out.querySelectorAll('article h2 a')).toHaveLength(5);
    expect(out.textContent).toContain('Offline first, three years on');
    expect(out.textContent).not.toMatch(/Older posts|Topics|Subscribe|Privacy|Careers/);
  });

  it('keeps every section of a service page, with its table', () => {
    const doc = page('service-sections');
    measureText(doc.body);
    const out = cleanRegion(mainRegion(doc.body), doc);
    for (const h of ['What the audit covers', 'How it works', 'Pricing', 'Questions people ask'])
      expect(out.textContent).toContain(h);
    expect(out.querySelectorAll('tr')).toHaveLength(4);
    expect(out.textContent).not.toMatch(/About us|Sitemap/);
  });

  it('takes the body when <main> holds little of the text, not counting a consent manager', () => {
    const cards = '<article><h2><a href="/a">A card title</a></h2><p>Some words of its teaser text.</p></article>';
    const notice = '<p>We and our partners use cookies to store and access data.</p>';
    const consent = `<div id="onetrust-consent-sdk">${notice.repeat(30)}</div>`;
    const doc = parse(`<body><main>${cards.repeat(6)}</main><div>A little text beside it.</div>${consent}</body>`);
    measureText(doc.body);
    expect(mainRegion(doc.body).tagName).toBe('MAIN');
  });

  it('takes the same region from the census’s landmarks as from a selector over the page', () => {
    const text = (n: number) => `<p>${'Words of the section that a reader came for. '.repeat(n)}</p>`;
    const doc = parse(
      `<body><nav>${text(2)}</nav><div role="main" id="small">${text(3)}</div>` +
        `<main id="big">${text(12)}</main><div role="Main">${text(1)}</div></body>`,
    );
    const census = removeClutter(doc)!;
    expect(census.mains.map((e) => e.id)).toEqual(['small', 'big']);
    expect(mainRegion(doc.body, census)).toBe(mainRegion(doc.body));
    expect(mainRegion(doc.body).id).toBe('big');
    // A landmark the page no longer holds is not a candidate (the body's size is the census's: the rest is small).
    doc.getElementById('big')!.remove();
    expect(mainRegion(doc.body, census)).toBe(mainRegion(doc.body));
    expect(mainRegion(doc.body)).toBe(doc.body);
  });

  it('measures visible text from the census’s scripts, styles and templates as from four tag walks', () => {
    const words = (n: number) => 'Words a reader sees on the page. '.repeat(n);
    const doc = parse(
      `<body><script>var state = ${JSON.stringify(words(9))};</script><main id="m"><p>${words(4)}</p>` +
        `<style>p { color: red }</style><noscript><div><style>.x { margin: 0 }</style>${words(3)}</div></noscript>` +
        `<svg><style>circle { fill: blue }</style><text>Drawn</text></svg><template><p>${words(5)}</p></template>` +
        `</main><aside id="a"><script type="application/ld+json">{"@type":"Article"}</script>${words(2)}</aside>` +
        `<div id="gone"><script>var x = 1;</script>${words(1)}</div></body>`,
    );
    const census = removeClutter(doc, {})!;
    expect(census.unseen.map((e) => e.localName)).toEqual([
      'script',
      'style',
      'noscript',
      'style',
      'style',
      'template',
      'script',
      'script',
    ]);
    const all = [doc.body, ...Array.from(doc.body.querySelectorAll('*'))];
    const walked = all.map((el) => visibleChars(el));
    expect(walked[0]).toBeLessThan(doc.body.textContent!.trim().length);
    expect(all.map((el) => visibleChars(el, census.unseen))).toEqual(walked);
    // Removed blocks' scripts are not the page's any more, by either count (the body's own size is the census's).
    doc.getElementById('gone')!.remove();
    doc.querySelector('main > style')!.remove();
    expect(visibleChars(doc.body, census.unseen)).toBe(visibleChars(doc.body));
    expect(visibleChars(doc.getElementById('m')!, census.unseen)).toBe(visibleChars(doc.getElementById('m')!));
  });

  it('drops a small link cloud (a menu) but keeps link cards that are the bulk of the region', () => {
    const menu = `<div class="x">${'<a href="/m">Menu item</a> '.repeat(6)}</div>`;
    const card = '<a href="/c">A card that is a whole link to another page</a> ';
    const cards = `<div class="grid">${card.repeat(12)}</div>`;
    const doc = parse(`<body><main>${menu}${cards}</main></body>`);
    measureText(doc.body);
    const out = cleanRegion(mainRegion(doc.body), doc);
    expect(out.textContent).not.toContain('Menu item');
    expect(out.querySelectorAll('a')).toHaveLength(12);
  });

  it('keeps rows of one-link cards that together are the body, though each row is a small part of it', () => {
    const title = (i: number) => `Story number ${i}: a headline that is a whole link to the story`;
    const card = (i: number) => `<li><a href="/s/${i}"><img src="/i.jpg">${title(i)}</a></li>`;
    const row = (r: number) => `<ul>${[1, 2, 3, 4, 5].map((i) => card(r * 10 + i)).join('')}</ul>`;
    const menu = `<ul class="x">${'<li><a href="/m">Topics</a></li>'.repeat(6)}</ul>`;
    const doc = parse(`<body><main><h1>Technology</h1>${menu}${[1, 2, 3, 4].map(row).join('')}</main></body>`);
    measureText(doc.body);
    const out = cleanRegion(mainRegion(doc.body), doc);
    expect(out.querySelectorAll('a[href^="/s/"]')).toHaveLength(20);
    expect(out.textContent).toContain(title(45));
    expect(out.textContent).not.toContain('Topics');
  });

  it('drops one-link cards that are a small part of a page of prose sections (a service page’s link tiles)', () => {
    const para = '<p>We plan, build and run the systems our clients depend on, every day of the year. </p>';
    const section = `<section><h2>What we do</h2>${para.repeat(3)}</section>`;
    const tile = (i: number) => `<a href="/t/${i}">Managed security operations, part ${i}</a>`;
    const tiles = `<div class="tiles">${[1, 2, 3, 4, 5].map(tile).join('')}</div>`;
    const doc = parse(`<body><main>${section.repeat(4)}${tiles}</main></body>`);
    measureText(doc.body);
    const out = cleanRegion(mainRegion(doc.body), doc);
    expect(out.textContent).toContain('What we do');
    expect(out.textContent).not.toContain('Managed security operations');
  });

  it('counts only visible text: a page’s script state does not make its listing a link cloud of the body', () => {
    const card = '<li><a href="/r">A recipe title that is a whole link to the recipe</a></li>';
    const state = `<script type="application/json">${'{"x":"state of the app"}'.repeat(200)}</script>`;
    const doc = parse(`<body><div>Header words</div><main><ul>${card.repeat(10)}</ul></main>${state}</body>`);
    measureText(doc.body);
    const region = mainRegion(doc.body);
    expect(region.tagName).toBe('MAIN');
    expect(cleanRegion(region, doc).querySelectorAll('a')).toHaveLength(10);
  });

  it('reads state modifiers (has-sidebar) as layout, not as chrome', () => {
    const teaser = '<article><h2><a href="/a">A post</a></h2><p>Its teaser in a few words.</p></article>';
    const doc = parse(`<body><main><div class="o-layout has-sidebar">${teaser.repeat(5)}</div></main></body>`);
    measureText(doc.body);
    expect(cleanRegion(mainRegion(doc.body), doc).querySelectorAll('article')).toHaveLength(5);
  });

  it('leaves out a sidebar named after the page body (XenForo: p-body-sidebar), keeps p-body-content', () => {
    const doc = page('forum-xenforo-sidebar');
    measureText(doc.body);
    const out = cleanRegion(mainRegion(doc.body), doc);
    expect(out.textContent).toContain('I come from the Czech Republic');
    expect(out.textContent).not.toMatch(/Members online|Forum statistics|Word of the day|Join the forum/);
    // A layout that holds a sidebar beside the content is not one.
    const para = (n: string) => `<p>${`The ${n} sentence of the post runs on for a while. `.repeat(6)}</p>`;
    const layout = parse(`<body><div class="content-with-sidebar">${para('first')}${para('second')}</div></body>`);
    measureText(layout.body);
    expect(cleanRegion(mainRegion(layout.body), layout).querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps a one-post thread (og:type=website, no thread declared) without the sidebar', () => {
    const doc = page('forum-xenforo-sidebar');
    const a = extractArticle(doc, 'http://fakehost/forum/threads/car-rental.115684/')!;
    expect(a.textContent).toContain('English for car rental');
    expect(a.textContent).not.toMatch(/Members online|Forum statistics|176,342|Word of the day|Join the forum/);
  });

  it('copies an element whose name no DOM may create (broken markup: <metaname="x">) as a <div>', () => {
    const doc = parse('<body><main><p>Kept text.</p><metaname="copyright">Owner 2025</main></body>');
    measureText(doc.body);
    const out = cleanRegion(mainRegion(doc.body), doc);
    expect(out.textContent).toContain('Owner 2025');
  });
});

describe('cleanRegion with groups of form controls', () => {
  const region = (html: string) => {
    const doc = parse(`<body><main>${html}</main></body>`);
    measureText(doc.body);
    return cleanRegion(mainRegion(doc.body), doc).textContent ?? '';
  };
  const cards = '<ul><li><a href="/a">The Super Pack</a> £88</li><li><a href="/b">Balm Dotcom Trio</a> £42</li></ul>';

  it('leaves out a fieldset of controls outside a form, with its legend (a collection’s sort box)', () => {
    const sort =
      '<span>Sort</span><fieldset><legend class="screenreader">Sort Options</legend>' +
      '<select aria-label="Sort Options"><option>Featured</option><option>Price</option></select></fieldset>';
    const text = region(`<div class="toolbar-box">${sort}</div>${cards}`);
    expect(text).toContain('The Super Pack');
    expect(text).not.toMatch(/Sort Options|Featured/);
  });
  it('keeps a fieldset without controls and one that holds prose', () => {
    const prose = `<p>${'A paragraph of the page that a legend titles, long enough to be prose. '.repeat(3)}</p>`;
    expect(region(`<fieldset><legend>Specifications</legend><p>Weight 2 kg</p></fieldset>${cards}`)).toContain(
      'Specifications',
    );
    const withProse = region(`<fieldset><legend>Your order</legend>${prose}${prose}<input type="text"></fieldset>`);
    expect(withProse).toContain('Your order');
  });
});

describe('a block of results whose class words name a search box, a pager or related items', () => {
  const cards = (word: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<div class="${word}-item"><a href="/p/${i}">Walnut desk organiser model ${i}</a>` +
        `<p>Three trays and a pen rail, oiled by hand.</p><span>£${20 + i}.00</span></div>`,
    ).join('');
  const region = (html: string) => {
    const doc = parse(`<body><header><nav><a href="/">Home</a></nav></header><main>${html}</main></body>`);
    measureText(doc.body);
    const parts: RegionParts = { chrome: [], cards: [] };
    const out = cleanRegion(mainRegion(doc.body), doc, false, parts);
    return { text: out.textContent ?? '', chrome: chromeText(parts.chrome) };
  };

  it('keeps the results and their cards, leaves the pager out', () => {
    const { text, chrome } = region(
      `<h1>Desk organisers</h1><div class="search-outer-container">${cards('search', 10)}` +
        `<div class="search-pagination"><a href="?p=2">Page two</a><a href="?p=3">Page three</a></div></div>`,
    );
    for (const i of [0, 5, 9]) expect(text).toContain(`Walnut desk organiser model ${i}`);
    expect(text).not.toContain('Page two');
    // Readability taking the results took the listing's cards: they are not chrome it must not keep.
    expect(chrome).not.toContain('Walnut desk organiser');
  });

  it('keeps a "related-products" section that is the page’s products', () => {
    const { text } = region(`<h1>Mowers</h1><section class="related-product">${cards('related', 8)}</section>`);
    expect(text).toContain('Walnut desk organiser model 7');
  });

  it('leaves out a small search box or related row, and a search overlay however large', () => {
    const prose = '<p>' + 'The workshop builds each organiser from one board of walnut. '.repeat(12) + '</p>';
    const small = region(`${prose}${prose}<div class="related-posts">${cards('teaser', 8)}</div>`);
    expect(small.text).toContain('one board of walnut');
    expect(small.text).not.toContain('Walnut desk organiser');
    const overlay = region(`<h1>Desks</h1><div class="search-modal">${cards('search', 10)}</div>`);
    expect(overlay.text).not.toContain('Walnut desk organiser');
  });
});

describe('preferRegion', () => {
  const block = 'Our auditors are independent and we do not sell insulation or boilers to anyone at all.';
  const more = Array.from({ length: 12 }, (_, i) => `Section ${i} tells what the service covers and costs.`).join('\n');
  it('takes the region when it holds Readability’s block and clearly more', () => {
    expect(preferRegion(`${block}\n${more}`, block, false)).toBe(true);
  });
  it('keeps the article when the region adds only a headline, byline and date', () => {
    expect(preferRegion(`Ferry service suspended\nBy Newsdesk\n12 March 2026\n${block}`, block, false)).toBe(false);
  });
  it('asks an article to lose half of its region first (teasers and comments around it)', () => {
    const article = Array.from({ length: 10 }, () => block).join('\n');
    const extra = Array.from({ length: 8 }, () => 'A reader comment about the tram and the buses here.').join('\n');
    expect(preferRegion(`${article}\n${extra}`, article, true)).toBe(false);
    expect(preferRegion(`${article}\n${extra}`, article, false)).toBe(true);
  });
  it('keeps the article when the region does not hold it', () => {
    expect(preferRegion(more, block, false)).toBe(false);
  });
  it('takes a region three times the block holding only half of it (Readability took an intro outside it)', () => {
    const intro = 'Eastfield has taught working professionals since 1949 with faculty from industry and research.';
    const lead = 'Each program is a set of short courses you take in any order within two years of starting.';
    const cards = Array.from({ length: 30 }, (_, i) => `Program ${i} Foundations of a subject, twelve weeks online`);
    const region = `${lead}\n${cards.join('\n')}`;
    expect(preferRegion(region, `${intro}\n${lead}`, false)).toBe(true);
    // Less than three times the block: it must still hold 70 % of it.
    expect(preferRegion(`${lead}\n${cards.slice(0, 4).join('\n')}`, `${intro}\n${lead}`, false)).toBe(false);
    // Half is the floor, however large the region.
    expect(preferRegion(`${cards.join('\n')}`, `${intro}\n${lead}`, false)).toBe(false);
  });
});

describe('preferRegion with a region that holds the whole block', () => {
  const cards = Array.from({ length: 30 }, (_, i) => `Book ${i}: a walker’s field notes on the estuary, by Elin Parry`);
  const block = cards.slice(0, 27).join('\n');
  const heading = 'Our lending library\nOpen to members, Tuesday to Saturday';
  it('takes it under 1.15 times a block of cards when it adds 40 words (a heading, cards left out of it)', () => {
    expect(preferRegion(`${heading}\n${cards.join('\n')}`, block, false, true)).toBe(true);
    // Not under a block of an article's prose (a page labelled a website): its region adds a byline and links.
    expect(preferRegion(`${heading}\n${cards.join('\n')}`, block, false)).toBe(false);
  });
  it('still asks for 40 words more', () => {
    expect(preferRegion(`${heading}\n${block}`, block, false, true)).toBe(false);
  });
  it('still asks 1.15 times of a block it holds only in part, and twice an article', () => {
    const others = Array.from({ length: 10 }, (_, i) => `Closed shelf ${i} for stocktaking until the spring`);
    const partly = `${heading}\n${cards.slice(6).join('\n')}\n${others.join('\n')}`;
    expect(preferRegion(partly, block, false, true)).toBe(false);
    expect(preferRegion(`${heading}\n${cards.join('\n')}`, block, true, true)).toBe(false);
  });
});

describe('preferRegion with a block that spilled past the region', () => {
  const sections = Array.from({ length: 8 }, (_, i) => `Section ${i} tells what the service covers and what it costs.`);
  const region = sections.join('\n');
  it('takes the region when the block is a quarter larger and the region holds part of it', () => {
    // The block printed the sections twice (a responsive layout's copies) or kept a menu the region copy left out.
    expect(preferRegion(region, `${region}\n${region}`, false, true, true)).toBe(true);
    expect(preferRegion(region, `${region}\n${region}`, true, false, true)).toBe(true);
    const menu = Array.from({ length: 6 }, (_, i) => `Branding service ${i} Web design Packaging Ecommerce`).join('\n');
    expect(preferRegion(region, `${menu}\n${region}`, false, true, true)).toBe(true);
  });
  it('keeps the block when the region holds under two fifths of it (the region is another part of the page)', () => {
    const block = Array.from({ length: 20 }, (_, i) => `Clinic ${i} offers inpatient and outpatient care for adults.`);
    expect(preferRegion(`${sections.slice(0, 6).join('\n')}\n${block[0]}`, block.join('\n'), false, true, true)).toBe(
      false,
    );
  });
  it('keeps the block when it may not have spilled: cards (their hidden labels), a region without its comments', () => {
    const cards = Array.from({ length: 12 }, (_, i) => `Gear bag ${i}\nA canvas bag for the cargo barrier`);
    const labelled = cards.map((c, i) => `${c}\nOriginal price was: $${30 + i}.00. Current price is: $${21 + i}.00.`);
    expect(preferRegion(cards.join('\n'), labelled.join('\n'), false, true)).toBe(false);
    expect(preferRegion(cards.join('\n'), labelled.join('\n'), false, true, true)).toBe(true);
  });
  it('keeps the block when it is not a quarter larger than the region', () => {
    expect(preferRegion(region, `${region}\n${sections.slice(0, 1).join('\n')}`, false, true, true)).toBe(false);
  });
});

describe('preferRegion with a block of a line or two', () => {
  it('takes a region ten times its size even when it does not hold the block (a payment notice)', () => {
    const notice = 'Payment can be made safely and securely with Bank Transfer, PayPal or Credit Card.';
    const cards = Array.from({ length: 30 }, (_, i) => `Studio headphones model ${i}, closed back, £${60 + i}.00`);
    expect(preferRegion(cards.join('\n'), notice, false)).toBe(true);
    // Under ten times, the region must still hold the block.
    expect(preferRegion(cards.slice(0, 12).join('\n'), notice, false)).toBe(false);
  });
  it('takes it over a banner of two lines, a heading and a long sentence (session 49)', () => {
    // An award's banner that outscored a page of hashed class names: 26 words, more than a notice's 25.
    const banner =
      'Fernhill Analytics Named in the Regional Growth 500 Index\n' +
      'Listed among the top 500 firms of the year for innovation, client and staff satisfaction, and steady growth.';
    const region = Array.from(
      { length: 30 },
      (_, i) => `Step ${i}: we take over the reporting pipeline and keep your dashboards current every week.`,
    ).join('\n');
    expect(preferRegion(region, banner, false)).toBe(true);
    // Three lines are not a banner (a short section of its own), nor two lines of fifty words: the region must
    // hold them.
    const three = `${banner}\nAsk for the full ranking.`;
    expect(preferRegion(region, three, false)).toBe(false);
    const long =
      `${banner} It was the third year in a row that the firm made the list, which the editors drew ` +
      'from the public filings of four thousand firms.';
    expect(preferRegion(region, long, false)).toBe(false);
    // Under ten times, the region must still hold it.
    expect(preferRegion(region.split('\n').slice(0, 10).join('\n'), banner, false)).toBe(false);
  });
});

describe('declaresService', () => {
  it('is true for a service or business type without an article type', () => {
    expect(declaresService(['WebPage', 'Service'])).toBe(true);
    expect(declaresService(['LocalBusiness'])).toBe(true);
    expect(declaresService(['HVACBusiness', 'Place'])).toBe(true);
    expect(declaresService(['ProfessionalService', 'FAQPage', 'Question'])).toBe(true);
  });
  it('is false for an article, a product, a collection and pages that declare neither', () => {
    expect(declaresService(['NewsArticle', 'LocalBusiness'])).toBe(false);
    expect(declaresService(['Product', 'Offer'])).toBe(false);
    expect(declaresService(['CollectionPage', 'ItemList'])).toBe(false);
    expect(declaresService([])).toBe(false);
  });
});

describe('absoluteLinks', () => {
  it('makes links and sources absolute, keeps in-page anchors, drops other schemes', () => {
    const doc = parse(
      '<div><a href="/x">x</a><a href="#top">top</a><a href="javascript:alert(1)">j</a><img src="i.png"></div>',
    );
    const root = doc.querySelector('div')!;
    absoluteLinks(root, 'https://example.com/blog/');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/x',
      '#top',
      null,
    ]);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://example.com/blog/i.png');
  });
});

describe('chromeShare with a line Readability changed inside', () => {
  const notice =
    'We, and our <button type="button">228</button> partners use cookies and similar methods to recognize visitors ' +
    'and remember their preferences. We may also use these technologies to gauge the effectiveness of advertising ' +
    'campaigns, target advertisements, and analyze website traffic. Some of these technologies are essential for the ' +
    'service to work and cannot be disabled, while others are optional. We store and access information on a device ' +
    'and process personal data, such as browsing data and device identifiers, for personalised advertising and ' +
    'content. You may withdraw your consent at any time from the link in the footer.';
  const page = () =>
    parse(
      '<body><div role="alertdialog" aria-modal="true" class="fides-banner">' +
        `<div class="fides-banner-description"><span>${notice}</span></div></div>` +
        '<main><h1>Technology news</h1><p>Today’s stories, picked by our editors.</p></main></body>',
    );

  it('finds a consent box’s text whose vendor-count button Readability dropped, sentence by sentence', () => {
    const doc = page();
    measureText(doc.body);
    const parts: RegionParts = { chrome: [], cards: [] };
    cleanRegion(mainRegion(doc.body), doc, false, parts);
    const main = mainRegion(doc.body);
    const chrome = chromeText([...parts.chrome, ...outsideRegion(main, doc.body)]);
    // Readability's block: the notice as one paragraph, without the button.
    const block = parse(`<body><div><p>${notice.replace(/<button[^>]*>.*?<\/button> /, '')}</p></div></body>`).body
      .firstElementChild!;
    expect(chromeShare(block, chrome)).toBeGreaterThanOrEqual(0.8);
  });

  it('does not take a paragraph that shares one sentence with the chrome for chrome', () => {
    const doc = page();
    const chrome = chromeText([doc.querySelector('.fides-banner')!]);
    const own =
      'Our editors pick the stories that matter for people who build and run software, every weekday morning. ' +
      'You may withdraw your consent at any time from the link in the footer.';
    const block = parse(`<body><div><p>${own}</p></div></body>`).body.firstElementChild!;
    expect(chromeShare(block, chrome)).toBeLessThan(0.8);
  });
});
