// @vitest-environment jsdom
// A member's signature where no class word names it (hashed class names): a block that ends a post's text and that
// another post prints too, and every block of its tag and class that ends a post's text. Fixture page:
// tests/fixtures/pages/forum-hashed-signature-lines.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { signatureSlots } from '@/utils/extraction/signature-slots';
import { clean } from '@/utils/extraction/post-time';

const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;
const SIG = 'Two allotments, one shed and a compost heap that never gets warm enough.';

/** A post's text block: its paragraphs (class `t`), then a signature box (class `s`) when `sig` is given. */
const post = (id: string, text: string[], sig?: string, sigClass = 's') =>
  `<div id="${id}">${text.map((t) => `<div class="t">${t}</div>`).join('')}` +
  (sig ? `<div class="${sigClass}">${sig}</div>` : '') +
  '</div>';

/** Tells a text two of `bodies` print (the thread's repeated blocks, as extract-thread reads them). */
const repeatedIn = (bodies: Element[]) => {
  const count = new Map<string, number>();
  for (const b of bodies)
    for (const t of new Set(Array.from(b.querySelectorAll('*'), (e) => clean(e.textContent))))
      count.set(t, (count.get(t) ?? 0) + 1);
  return (text: string) => (count.get(text) ?? 0) >= 2;
};

const setUp = (html: string) => {
  const doc = parse(html);
  const bodies = Array.from(doc.body.children);
  const test = signatureSlots(bodies, repeatedIn(bodies));
  return {
    doc,
    sigOf: (id: string) => {
      const body = doc.getElementById(id)!;
      return test(body.lastElementChild!, body, clean(body.textContent));
    },
  };
};

describe('signatureSlots', () => {
  it("drops a signature a member prints under two posts, and another member's in the same box", () => {
    const { sigOf } = setUp(
      post('a', ['The beans are up at last.'], SIG) +
        post('b', ['Mine too, a week late.'], 'Growing on clay since the spring of two thousand and nine, mostly.') +
        post('c', ['The slugs had the first sowing.'], SIG),
    );
    expect(sigOf('a')).toBe(true);
    expect(sigOf('c')).toBe(true);
    // Printed once, known by the box its member's repeated signature stands in.
    expect(sigOf('b')).toBe(true);
  });

  it("keeps a post's last line where no signature repeats", () => {
    const { sigOf } = setUp(
      post('a', ['The beans are up at last.'], 'Growing on clay since the spring of two thousand and nine, mostly.') +
        post('b', ['Mine too, a week late.'], 'A different line of the same length as a signature would be, or so.'),
    );
    expect(sigOf('a')).toBe(false);
    expect(sigOf('b')).toBe(false);
  });

  it("keeps a paragraph whose tag and class the posts' text carries, though one member's last line repeats", () => {
    const { sigOf } = setUp(
      post('a', ['The beans are up at last.'], SIG, 't') +
        post('b', ['Mine too, a week late.', 'The last paragraph of a reply, in the text paragraphs\u2019 own box.']) +
        post('c', ['The slugs had the first sowing.'], SIG, 't'),
    );
    expect(sigOf('b')).toBe(false);
    // The repeated block itself is still a signature: it ends both posts and is printed twice.
    expect(sigOf('a')).toBe(true);
  });

  it('is no signature when it is the whole of the post', () => {
    const { sigOf } = setUp(post('a', [], SIG) + post('b', [], SIG));
    expect(sigOf('a')).toBe(false);
  });

  it("keeps an earlier post's last paragraph that a later post quotes at its head", () => {
    const QUOTED = 'We packed one bag each, which the teenagers still describe as cruel and unusual.';
    const { sigOf } = setUp(
      post('a', ['Nine days by train, no car at all.', QUOTED]) +
        post('b', [QUOTED, 'Four bags for nine days is brave. Did anything get left on a train?']),
    );
    expect(sigOf('a')).toBe(false);
  });

  it("keeps an earlier post's last paragraph that a later post quotes whole at its foot (an e-mail reply)", () => {
    const FIRST = 'Ten minutes and then out usually points at the flue or the air intake, not the thermocouple.';
    const LAST = 'Pull the burner assembly and look at the flame arrestor screen on the bottom of the tank.';
    const { sigOf } = setUp(
      post('a', [FIRST, LAST]) + post('b', ['That was it, the screen was full of lint. Thanks.', FIRST, LAST]),
    );
    expect(sigOf('a')).toBe(false);
    expect(sigOf('b')).toBe(false);
  });
});
