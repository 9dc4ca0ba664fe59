// @vitest-environment jsdom
// SaaS home pages draw their app in HTML beside each section (an issue board, a chat, an editor with code in tabs)
// under an aria-label that calls it a screenshot or a demonstration, `role="img"` or an illustration's class words:
// its lines are the picture's, not the page's. Fixture page: tests/fixtures/pages/service-drawn-app.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { isDrawnPicture, removeDrawnPictures } from '@/utils/extraction/drawn-pictures';
import { takeCensus } from '@/utils/extraction/page-census';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? null;

/** The first element of a page whose body opens with `html`, beside a paragraph of the page's own. */
const page = (html: string) => {
  const doc = parsePage(`<body>${html}<main><p>${'The page itself, in prose. '.repeat(40)}</p></main></body>`);
  return { doc, el: doc.body.firstElementChild! };
};

describe('a SaaS home page that draws its app', () => {
  const MOCKUP = /Faster app launch|ENG-2085|Backlog|MailListItem|createSignal|Feb 2025/;
  it('keeps the drawn app in vanilla Readability', () => {
    expect(readabilityText(loadPage('service-drawn-app'))).toMatch(MOCKUP);
  });
  it('keeps each section’s heading and prose in Offprint, without the pictures’ lines', () => {
    const text = offprint(loadPage('service-drawn-app'))!;
    expect(text).toContain('so work moves without anyone chasing it');
    expect(text).toContain('Every request lands in one inbox');
    expect(text).toContain('Open any issue in your editor with its context attached');
    expect(text).toContain('nobody has to assemble a report by hand');
    expect(text).toContain('Our speed is intense');
    expect(text).not.toMatch(MOCKUP);
  });
});

describe('isDrawnPicture', () => {
  it('takes a box labelled as a screenshot, a demonstration or a mock-up, in several languages', () => {
    for (const label of [
      'A screenshot of the Linear app showing an issue',
      'Visual demonstration of VS Code editor interface',
      'Mockup of the dashboard',
      'Interactive demonstration of the chat',
      "Capture d'écran de l'application",
      'Bildschirmfoto der App',
      'Captura de pantalla del panel',
      'Schermata dell’editor',
    ])
      expect(isDrawnPicture(page(`<div aria-label="${label}"><span>Inbox</span></div>`).el)).toBe(true);
    expect(isDrawnPicture(page('<div role="img" aria-label="Sales by month"><span>Jan</span></div>').el)).toBe(true);
    expect(isDrawnPicture(page('<div class="PageSection_illustration__P1Yb9"><span>Backlog</span></div>').el)).toBe(
      true,
    );
  });
  it('leaves labels that name something else, real pictures, links and buttons', () => {
    for (const label of ['Watch the demo video', 'Main navigation', 'Our illustrated guide'])
      expect(isDrawnPicture(page(`<div aria-label="${label}"><span>Next</span></div>`).el)).toBe(false);
    expect(isDrawnPicture(page('<a aria-label="A screenshot of the app" href="/tour">Take the tour</a>').el)).toBe(
      false,
    );
    expect(isDrawnPicture(page('<div class="illustrationless-card"><span>Plan</span></div>').el)).toBe(false);
    // An id is often a heading's slug, and a heading is never a picture.
    expect(isDrawnPicture(page('<section id="screenshots"><p>What it looks like</p></section>').el)).toBe(false);
    expect(isDrawnPicture(page('<h2 class="illustration-title">Start with the mockup</h2>').el)).toBe(false);
  });
  it('leaves a role=img whose text is its label (a star rating a reader hears anyway)', () => {
    const rating = '<div role="img" aria-label="Rated 5 out of 5"><span>Rated <strong>5</strong> out of 5</span></div>';
    expect(isDrawnPicture(page(rating).el)).toBe(false);
    expect(isDrawnPicture(page('<span role="img" aria-label="FutureBSD">F</span>').el)).toBe(true);
  });
});

describe('removeDrawnPictures', () => {
  const run = (html: string) => {
    const { doc } = page(html);
    removeDrawnPictures(takeCensus(doc.body));
    return doc.body.textContent ?? '';
  };
  it('removes a drawn app and a role=img chart with their text', () => {
    const text = run('<div aria-label="A screenshot of the app"><nav>Inbox</nav><div>ENG-1 Fix it</div></div>');
    expect(text).not.toContain('ENG-1');
    expect(run('<div role="img" aria-label="Sales"><span>Jan</span><span>Feb</span></div>')).not.toContain('Jan');
  });
  it('leaves one that holds a heading, a figure caption, two prose paragraphs or most of the page', () => {
    expect(run('<div class="illustration"><h2>Plan together</h2><span>Board</span></div>')).toContain('Board');
    expect(
      run('<figure aria-label="Illustration 1"><img src="a.png"><figcaption>A map</figcaption></figure>'),
    ).toContain('A map');
    const prose = `<p>${'A sentence of the page’s own prose that runs on. '.repeat(5)}</p>`;
    expect(run(`<div class="illustration">${prose}${prose}</div>`)).toContain('runs on');
    const doc = parsePage('<body><div role="img" aria-label="Chart"><span>The whole page is this.</span></div></body>');
    removeDrawnPictures(takeCensus(doc.body));
    expect(doc.body.textContent).toContain('The whole page');
  });
});
