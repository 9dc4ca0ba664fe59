// @vitest-environment jsdom
// Forum threads (session 68): a block quoted in a reply is no repeated block (repeatedBlocks in extract-thread.ts).
// Where no class word names a post's text, a block that two posts print is taken for a member's signature (session
// 52). A reply that quotes the opening post whole printed the opening post's text a second time, inside its
// `<blockquote>`: the opening post's text block counted as repeated, no block was its text, and the opening post was
// kept whole, the member's card ("Apprentice Tinker", "Joined", "Messages", "Reaction score") with it. Real pages:
// RaGEZONE's XenForo 2 threads under hashed class names (github.com/Dytomic/top-forums-archive). A quote is a
// `<blockquote>` whatever its class words; a signature is printed outside one. Fixture
// tests/fixtures/pages/forum-hashed-quoted-opening (invented text, XenForo 2's shape, class words hashed). Without the
// rule the fixture's case and the inline case fail (checked by reverting it in the worktree).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { threadHtml } from '@/utils/extraction/extract-thread';

const OPENING = 'Every boat now leaves from the north harbour, even the ones that should sail from the old quay.';

/** A post of a thread whose class words name nothing: the member's card, the date, then the text. */
const post = (name: string, text: string, joined = 'Nov 14, 2012') =>
  `<div class="zq"><div class="vx"><a href="/members/${name}.7/">${name}</a><div>Apprentice Tinker</div>` +
  `<dl><dt>Joined</dt><dd>${joined}</dd></dl><dl><dt>Messages</dt><dd>12</dd></dl></div>` +
  `<div class="kw"><time datetime="2013-05-02T18:20:00Z">May 2, 2013</time></div><div class="gj">${text}</div></div>`;

/** The thread's text as threadHtml prints it, white space squashed. */
const threadText = (html: string) => {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const out = doc.createElement('div');
  out.innerHTML = threadHtml(doc, Array.from(doc.body.children));
  return (out.textContent ?? '').replace(/\s+/g, ' ').trim();
};

describe('a quote of the opening post is no repeated block (repeatedBlocks)', () => {
  it("keeps the opening post's text without its member's card, with class words hashed", () => {
    const text = offprintPage(loadPage('forum-hashed-quoted-opening'))!.text;
    expect(text).not.toContain('Apprentice Tinker');
    expect(text).not.toContain('Reaction score');
    expect(text).not.toContain('Joined');
    expect(text.match(/every boat now leaves from the north harbour/g)).toHaveLength(1);
    expect(text).toContain('3 restart the server and the boats sail right');
    expect(text.match(/· May \d, 2013/g)).toHaveLength(3);
  });

  it("takes the opening post's text block where a later reply quotes it whole", () => {
    const text = threadText(
      post('quillfen', OPENING) +
        post('brisk_otter', 'Check the harbour list in the config, the quay may be missing its number.') +
        post('tallow_kit', `<blockquote><div>${OPENING}</div></blockquote>Give the old quay its own number.`),
    );
    expect(text).not.toContain('Joined');
    expect(text).not.toContain('Apprentice Tinker');
    expect(text).toContain(OPENING);
  });

  it('still reads a block two posts print outside a quote as repeated (a signature)', () => {
    const sig = 'Harbourmaster of the old quay since the first ferry mod came out, ask me anything.';
    const text = threadText(
      post('quillfen', `<div>${OPENING}</div><div>${sig}</div>`) +
        post('brisk_otter', 'Check the harbour list in the config, the quay may be missing its number.') +
        post('quillfen', `<div>That was it, the quay had no number at all in the list.</div><div>${sig}</div>`),
    );
    expect(text).not.toContain('Harbourmaster of the old quay');
    expect(text).toContain(OPENING);
  });
});
