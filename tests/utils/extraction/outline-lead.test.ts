// @vitest-environment jsdom
// The tidy pass's lead on a manual with hashed class names and no landmarks (session 49): a heading that prints its
// own permalink, a `<dt>` signature with its "¶" and the first entries of the list the first prose line stands in
// are the text's, not kickers; a kicker and a byline before the prose still go.
import { describe, expect, it } from 'vitest';
import { tidyArticle } from '@/utils/extraction/tidy-article';
import { trimEdges } from '@/utils/extraction/trim-edges';

const PROSE =
  '<p>Compresses the body of each response for the browsers that accept it, and leaves alone the responses that are ' +
  'already compressed or too short to gain from it.</p><p>It adds a Vary header naming Accept-Encoding, so that the ' +
  'caches in front of the site keep one copy per encoding.</p>';

/** The tidied text of `html` on a page of `url` whose body also holds `page` (the contents' links), as a manual's. */
function tidied(html: string, page = ''): string {
  document.body.innerHTML = `<div class="qxzjkvwg">${page}</div><div id="x">${html}</div>`;
  return tidyArticle(document.getElementById('x')!, document, {
    url: 'https://docs.example.org/ref/squeeze/',
    sections: true,
  })
    .text.replace(/\s+/g, ' ')
    .trim();
}

describe('the lead of a manual without class names or landmarks', () => {
  it('keeps a heading that prints its own permalink ("¶")', () => {
    const text = tidied(
      `<div class="jwxjjkwx"><h3>Squeeze middleware<a href="#jvvqvjkg" title="Link">¶</a></h3>${PROSE}</div>`,
    );
    expect(text).toMatch(/^Squeeze middleware/);
  });

  it("keeps a reference's <dt> signature that prints its permalink", () => {
    const text = tidied(
      '<dl class="gqkx"><dt>class SqueezeMiddleware<a href="#zwzkgqjv">¶</a></dt><dd></dd></dl>' + PROSE,
    );
    expect(text).toMatch(/^class SqueezeMiddleware/);
  });

  it('still drops a kicker and a byline before the prose', () => {
    expect(tidied(`<p>Middleware</p><p>By Dana Okafor</p>${PROSE}`)).toMatch(/^Compresses the body/);
  });
});

describe('trimEdges: the list the first prose stands in', () => {
  const FIELDS =
    '<h3>Attributes</h3><ul><li><p>idstring</p><p>Unique identifier for the object.</p></li><li><p>amountinteger</p>' +
    '<p>Amount to be collected by this payment, in the smallest unit of the currency, as a positive whole number.</p>' +
    '</li><li><p>currencystring</p><p>Three-letter code of the currency, in lowercase, as the standard lists it.</p>' +
    '</li></ul>';

  it('keeps its first short entries and the heading that titles it', () => {
    const root = document.createElement('div');
    root.innerHTML = FIELDS;
    trimEdges(root);
    expect((root.textContent ?? '').replace(/\s+/g, ' ').trim()).toMatch(/^Attributes ?idstring ?Unique identifier/);
  });

  it('still drops the short lines before a list the first prose is not in', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p>Updated March 3</p>${PROSE}<ul><li>Gzip</li></ul>`;
    trimEdges(root);
    expect((root.textContent ?? '').trim()).toMatch(/^Compresses the body/);
  });
});
