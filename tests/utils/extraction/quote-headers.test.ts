// @vitest-environment jsdom
// A quote's header on a line of its own (quote-headers.ts): phpBB, MyBB and Simple Machines open a quote with a
// `<cite>` their style sheets print as a block. Fixture pages: tests/fixtures/pages/{forum-mybb,forum-smf,
// forum-phpbb-prosilver} (see forum-engines.test.ts).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../helpers/extraction-pages';
import { breakQuoteHeaders } from '@/utils/extraction/quote-headers';

/** `html` after breakQuoteHeaders. */
function broken(html: string): string {
  const root = parsePage(`<div>${html}</div>`).body.firstElementChild!;
  breakQuoteHeaders(root);
  return root.innerHTML;
}

describe('breakQuoteHeaders', () => {
  it('ends the line of a header that opens the quote, or the box that opens it', () => {
    expect(broken('<blockquote><cite>X wrote:</cite>Pull the burner.</blockquote>')).toBe(
      '<blockquote><cite>X wrote:</cite><br>Pull the burner.</blockquote>',
    );
    expect(broken('<blockquote>\n<div><cite>X wrote:</cite><b>Pull</b> the burner.</div></blockquote>')).toBe(
      '<blockquote>\n<div><cite>X wrote:</cite><br><b>Pull</b> the burner.</div></blockquote>',
    );
  });

  it('leaves a header a block follows, and a citation inside the quote’s text', () => {
    const block = '<blockquote><cite>X wrote:</cite><p>Pull the burner.</p></blockquote>';
    expect(broken(block)).toBe(block);
    const inText = '<blockquote><p>Pull the burner, says <cite>the manual</cite> on page 4.</p></blockquote>';
    expect(broken(inText)).toBe(inText);
    const late = '<blockquote>Pull the burner. <cite>The manual</cite> says so.</blockquote>';
    expect(broken(late)).toBe(late);
  });
});
