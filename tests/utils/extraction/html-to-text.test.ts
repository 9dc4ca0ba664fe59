import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/utils/extraction/html-to-text';

describe('htmlToText', () => {
  it('breaks lines at block elements so adjacent blocks never glue together', () => {
    expect(htmlToText('<p>treatment</p><p>Credit: AP</p>')).toBe('treatment\nCredit: AP');
    expect(htmlToText('<div>A</div><div>B<br>C</div>')).toBe('A\nB\nC');
  });
  it('leaves captions and caption-only figures out of the text (they stay in the HTML)', () => {
    expect(
      htmlToText(
        '<p>Body.</p><figure><img src="x"><figcaption>The wall in Janu<b>ary</b></figcaption></figure><p>End.</p>',
      ),
    ).toBe('Body.\nEnd.');
    expect(htmlToText('<figure><img src="x"><span>Photo: AP</span></figure><p>End.</p>')).toBe('End.');
    // A quotation's attribution is a line of the text (see isTextCaption).
    expect(
      htmlToText('<figure><blockquote><p>A quoted line.</p></blockquote><figcaption>Someone</figcaption></figure>'),
    ).toBe('A quoted line.\nSomeone');
  });
  it('reads three or more picture boxes that link to pages as a listing’s cards, not captions', () => {
    const card = (i: number, href = `/item/${i}`) =>
      `<p><a href="${href}"><img src="/img/${i}.jpg" alt=""></a> <span>Pizza stars ${i} - 255g</span></p>`;
    expect(htmlToText(`<h1>Picks</h1>${[1, 2, 3].map((i) => card(i)).join('')}`)).toBe(
      'Picks\nPizza stars 1 - 255g\nPizza stars 2 - 255g\nPizza stars 3 - 255g',
    );
    // Two linked pictures in an article are still pictures with captions.
    expect(htmlToText(`<p>Body.</p>${[1, 2].map((i) => card(i)).join('')}`)).toBe('Body.');
    // An article closing on a row of linked pictures of other articles: they hold under a fifth of its text.
    const body = '<p>' + 'A long paragraph of the article itself. '.repeat(8) + '</p>';
    expect(htmlToText(`${body}${[1, 2, 3].map((i) => card(i)).join('')}`)).not.toContain('Pizza stars');
    // A photo linked to its own full-size file links to no page.
    expect(htmlToText(`<p>Body.</p>${[1, 2, 3].map((i) => card(i, `/img/${i}-large.jpg`)).join('')}`)).toBe('Body.');
  });
  it('reads picture boxes in a grid of pictures as content, not captions', () => {
    const icon = (t: string) =>
      `<div><div><img src="/i/${t}.svg" alt=""></div><p><strong>${t}</strong> does it.</p></div>`;
    // Feature cards side by side: every child of the grid holds a picture.
    expect(htmlToText(`<h2>Features</h2><div>${icon('Routing')}${icon('Inbox')}${icon('Reports')}</div>`)).toBe(
      'Features\nRouting does it.\nInbox does it.\nReports does it.',
    );
    // Two testimonials, each a photo apart from the quote (wrappers holding only one of them are climbed).
    const quote = (n: string) =>
      `<section><div><div><span><img src="/p/${n}.jpg"></span></div><p>Great. ${n}</p></div></section>`;
    expect(htmlToText(`<div>${quote('Dana')}${quote('Omar')}</div>`)).toBe('Great. Dana\nGreat. Omar');
    // A photo in the flow of an article, next to paragraphs without a picture, is still a caption.
    expect(
      htmlToText(
        '<div><p>First paragraph.</p><div class="photo"><img src="/a.jpg"><p>The team in Leeds.</p></div>' +
          '<p>Last.</p></div>',
      ),
    ).toBe('First paragraph.\nLast.');
    // So is a lone photo wrapped in boxes of its own.
    expect(htmlToText('<div><p>Text.</p><div><div><img src="/b.jpg"><span>Photo: AP</span></div></div></div>')).toBe(
      'Text.',
    );
  });
  it('reads picture boxes whose texts are the article’s paragraphs as text, not captions', () => {
    const para = (n: number) =>
      `Framework ${n} is an open-source web framework that a team can learn in a week. ` +
      'It handles routing and templates.';
    const box = (n: number) => `<div><p><img src="/f/${n}.png" alt=""></p><p>${para(n)}</p></div>`;
    const intro = '<p>Seven frameworks worth learning this year, grouped by language.</p>';
    // Three boxes or more of prose (100 characters or more, ending on a sentence's end), a tenth of the text or more.
    expect(htmlToText(`<div>${intro}${[1, 2, 3].map(box).join('')}</div>`)).toBe(
      [intro.slice(3, -4), para(1), para(2), para(3)].join('\n'),
    );
    // Two are still captions, and so are three short ones (a gallery's).
    expect(htmlToText(`<div>${intro}${[1, 2].map(box).join('')}</div>`)).toBe(intro.slice(3, -4));
    const shot = (n: number) => `<div><img src="/g/${n}.jpg"><p>The team in Leeds, day ${n}.</p></div>`;
    expect(htmlToText(`<div>${intro}${[1, 2, 3].map(shot).join('')}</div>`)).toBe(intro.slice(3, -4));
  });
  it('keeps inline elements inline and collapses whitespace', () => {
    expect(htmlToText('<p>one <b>two</b>\n   <a href="#">three</a></p>')).toBe('one two three');
  });
  it('separates table cells and skips scripts and styles', () => {
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr></table><script>x=1</script><style>p{}</style>')).toBe(
      'a b',
    );
  });
  it('keeps the line breaks of a code block, one line of code per line of text', () => {
    expect(htmlToText('<p>Run:</p><pre><code>npm ci\r\nnpm   test\n\n  npm run build</code></pre>')).toBe(
      'Run:\nnpm ci\nnpm test\nnpm run build',
    );
  });
  it('spaces pieces laid out side by side, nothing between them (a field and its type, an author and a date)', () => {
    expect(htmlToText('<h4><span><span><span>amount</span></span><span>integer</span></span></h4>')).toBe(
      'amount integer',
    );
    const header =
      '<div><cite><a href="/u/1">Amy</a></cite><span class="icon"></span><span><a>May 2, 2010</a></span></div>';
    expect(htmlToText(header)).toBe('Amy May 2, 2010');
  });
  it('spaces a number laid out after a word (a filter option and its count), not a unit after a number', () => {
    const option = (name: string, n: string) =>
      `<div class="flex justify-between"><label><input type="radio">${name}</label><span>${n}</span></div>`;
    expect(htmlToText(option('Accessories', '1385') + option('Adhesive Pads', '158'))).toBe(
      'Accessories 1385\nAdhesive Pads 158',
    );
    // Readability turns such a row into a paragraph: its number is still spaced, as in the region's <div>.
    expect(htmlToText('<p><label>Adhesives</label><span>704</span></p><p><span>(24)</span></p>')).toBe(
      'Adhesives 704\n(24)',
    );
    expect(htmlToText('<h3><span>GeForce RTX</span><span>5060</span></h3>')).toBe('GeForce RTX 5060');
    expect(htmlToText('<p><span>128</span><span>GB</span></p>')).toBe('128GB');
    expect(htmlToText('<p><span>19</span><span>99</span></p>')).toBe('1999');
    expect(htmlToText('<p><span>H</span><span>20</span></p>')).toBe('H20');
  });
  it('spaces labels and tabs in a row, also in a paragraph Readability made of their row', () => {
    expect(htmlToText('<p><label for="t1">YAML</label><label for="t2">TOML</label></p>')).toBe('YAML TOML');
    expect(htmlToText('<p><a role="tab">Python</a><a role="tab">Node.js</a><a role="tab">CLI</a></p>')).toBe(
      'Python Node.js CLI',
    );
    expect(htmlToText('<p><span>reprints, d</span><label>epicting</label></p>')).toBe('reprints, depicting');
  });
  it('leaves runs of text alone: a drop cap, words in a sentence, indexes, code, prices, dense scripts', () => {
    expect(htmlToText('<p><span>T</span><span>he story</span></p>')).toBe('The story');
    const runs =
      '<p><span>This book has 279 pages of engraved drawing reprints, d</span><span>epicting animals</span></p>';
    expect(htmlToText(runs)).toBe('This book has 279 pages of engraved drawing reprints, depicting animals');
    expect(htmlToText('<p>Read <a href="/a">this</a><em>now</em></p>')).toBe('Read thisnow');
    expect(htmlToText('<p><span>CO</span><sub>2</sub></p>')).toBe('CO2');
    expect(htmlToText('<p><code><span>foo</span><span>Bar</span></code></p>')).toBe('fooBar');
    expect(htmlToText('<pre><span>foo</span><span>bar</span></pre>')).toBe('foobar');
    expect(htmlToText('<p><span>$</span><span>19</span></p>')).toBe('$19');
    expect(htmlToText('<p><span>日本</span><span>語です</span></p>')).toBe('日本語です');
  });
  it('spaces a label set in <sup> after an element (the Arch wiki’s "AUR"), not a power, an ordinal or a note', () => {
    const pkg = (name: string) => `<span><a href="https://aur.example.org/packages/${name}/">${name}</a></span>`;
    expect(htmlToText(`<p>${pkg('pkgcacheclean')}<sup><small>AUR</small></sup> and tomcat8<sup>x</sup></p>`)).toBe(
      'pkgcacheclean AUR and tomcat8x',
    );
    expect(htmlToText(`<p>Install ${pkg('tomcat8')}<sup>AUR</sup>.</p>`)).toBe('Install tomcat8 AUR.');
    expect(htmlToText('<p>2<sup>10</sup>, the 2<sup>nd</sup>, M<sup>lle</sup>, <var>x</var><sup>n</sup></p>')).toBe(
      '210, the 2nd, Mlle, xn',
    );
    expect(htmlToText('<p><a href="/a">explains</a><sup><a href="#n1">[1]</a></sup></p>')).toBe('explains[1]');
  });
});
