// @vitest-environment jsdom
// Session 41: where documentation with its class words hashed and its landmarks made divs (a site built differently)
// fell below vanilla Readability on the development folds, by cause: a sentence that opens with a related list's
// words ("See also the error_page directive.", nginx's manual) read as that list's heading; a "See also" box of one
// sentence (Sphinx's `.. seealso::` without its class words) read as a related box; a section's paragraph beside its
// floated screenshot (DokuWiki's `<p><img class="mediaright"></p><p>…</p>`) read as the picture's caption.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/utils/extraction/html-to-text';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { isPointingSentence, isSentenceLine, pointsInSentences } from '@/utils/extraction/described-links';
import { parsePage } from '../../helpers/extraction-pages';

const prose =
  '<p>The rewrite directive changes the address of a request when its pattern matches, and the directives of the ' +
  'block are run one after another in the order in which they were written.</p>';

describe('a sentence that opens with a related list’s words', () => {
  it('is the text’s, not a heading', () => {
    expect(isSentenceLine('See also the error_page directive.')).toBe(true);
    expect(isSentenceLine('Read more about the queue and its workers here.')).toBe(true);
    const labels = ['See also', 'See also:', 'Related articles', 'Read more…', 'Read more about our coverage here:'];
    for (const heading of [...labels, 'More from the desk...']) expect(isSentenceLine(heading)).toBe(false);
  });

  it('stays in the clutter pass, where a "See also" label over links still goes', () => {
    const doc = parsePage(
      `<body><div>${prose}<p>See also the <a href="core.html#error_page">error_page</a> directive.</p>${prose}</div>` +
        '<div><p>See also</p><ul><li><a href="/a">A story about the queue</a></li>' +
        '<li><a href="/b">Another story about the queue</a></li></ul></div></body>',
    );
    removeClutter(doc);
    expect(doc.body.textContent).toContain('See also the error_page directive.');
    expect(doc.body.textContent).not.toContain('A story about the queue');
  });

  it('needs a link among its words: a teaser box’s headline in a heading over a button goes', () => {
    // A CMS's call-to-action box between an article's sections: a label and another article's headline, ending on a
    // question, in one heading, and a "Read more" button (session 42: an article of fold 1 kept it).
    // Drupal's paragraphs print it so: a text box (the heading, a line break and a new line) beside a link box.
    const link = '<a class="default-link" role="button" href="/resources/article/heat-pump-worth-it">Read more</a>';
    const teaser =
      '<div class="field__item"><div class="paragraph paragraph--type--simple-link-cta">' +
      '<div class="paragraph-content"><div class="text-box"><div class="clearfix text-formatted">' +
      '<h5>Related article<br>\nIs a Heat Pump Worth It?</h5>' +
      `</div></div><div class="link-box"><div class="field__item"><div class="link-button">${link}${link}</div></div>` +
      '</div></div></div></div>';
    const doc = parsePage(`<body><div>${prose}${teaser}${prose}</div></body>`);
    expect(isPointingSentence(doc.querySelector('h5')!, 'Related article Is a Heat Pump Worth It?')).toBe(false);
    removeClutter(doc);
    expect(doc.body.textContent).not.toContain('Is a Heat Pump Worth It');
    const line = parsePage('<body><p>See also the <a href="core.html#error_page">error_page</a> directive.</p></body>');
    expect(isPointingSentence(line.querySelector('p')!, 'See also the error_page directive.')).toBe(true);
    const bare = parsePage('<body><p>See also the chapter on the error pages.</p></body>');
    expect(isPointingSentence(bare.querySelector('p')!, 'See also the chapter on the error pages.')).toBe(false);
  });
});

describe('a "See also" box of sentences whose links stand in them', () => {
  const box = (inner: string) =>
    parsePage(`<body><div>${prose}<div><p>See also</p>${inner}</div>${prose}</div></body>`);
  const sentence =
    '<p>For a complete list of the hooks and their settings, see <a href="../ref/hooks/">the hook reference</a>.</p>';

  it('is the manual’s text, whatever its class words', () => {
    const doc = box(sentence);
    const label = doc.querySelector('div > div > p')!;
    expect(pointsInSentences(label.parentElement!, label)).toBe(true);
    removeClutter(doc);
    expect(doc.body.textContent).toContain('For a complete list of the hooks');
  });

  it('is not headlines: links alone on their lines, or a teaser under a linked headline', () => {
    for (const inner of [
      '<p><a href="/a">A story about the queue</a></p><p><a href="/b">Another story about it</a></p>',
      '<p><a href="/a">Workers strike over the queue at the port</a></p><p>The queue grew all week long.</p>',
    ]) {
      const doc = box(inner);
      const label = doc.querySelector('div > div > p')!;
      expect(pointsInSentences(label.parentElement!, label)).toBe(false);
    }
  });
});

describe('a paragraph beside a paragraph that holds only a picture', () => {
  it('is text, where a picture box’s short line is its caption', () => {
    const doc = parsePage('<body></body>');
    const section =
      '<h3>Running a search</h3><div><p><img src="toolbar.png" alt=""></p><p>To begin, click inside the box at ' +
      'the top of the middle pane and start typing. As you type, only the items that match stay.</p></div>';
    expect(htmlToText(section, doc)).toContain('To begin, click inside the box');
    const figure = '<p>Text before it.</p><div><img src="harbour.jpg" alt=""><p>The harbour at dawn.</p></div>';
    expect(htmlToText(figure, doc)).not.toContain('The harbour at dawn.');
  });

  it('leaves a blog that wraps each picture with its paragraph to the prose boxes, short paragraphs too', () => {
    // A guide of tools, each a picture in a paragraph of its own and a paragraph in a box (session 42: an article of
    // fold 2 lost its one- and two-sentence paragraphs when the longer ones no longer counted as picture boxes).
    const doc = parsePage('<body></body>');
    const long =
      'is a toolkit for building small services that answer quickly. It ships with a router, a template engine and ' +
      'a test runner, so a team can start on the first day. Many shops use it for their inner tools.';
    const box = (name: string, line: string) =>
      `<div><p><img src="${name}.png" alt="${name}"></p><p>${name} ${line}</p></div>`;
    const boxes = ['Alder', 'Birch', 'Cedar', 'Damson', 'Elm'].map((n) => box(n, long)).join('');
    const short = box(
      'Fir',
      'is a fast queue for concurrent background jobs. It is used by companies such as Harbour Inc., Maple, and Quill.',
    );
    const text = htmlToText(`<h2>Ten tools</h2>${boxes}${short}${box('Gorse', long)}`, doc);
    expect(text).toContain('Fir is a fast queue for concurrent background jobs.');
    expect(text).toContain('Alder is a toolkit');
  });
});
