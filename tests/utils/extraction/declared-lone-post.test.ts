// @vitest-environment jsdom
// A declared thread of one post: the post object the page declares in JSON-LD (its text, author, date and no reply)
// finds the post's text box whatever its class names. Fixture pages: tests/fixtures/pages/forum-xenforo-lone-post and
// forum-xenforo-lone-post-hashed (a XenForo 2 thread of one post; without the rule its region is kept: the thread's
// "Thread starter" line, the member's card, "You must log in or register to reply here." and the footer band), and
// forum-xenforo-lone-post-block (a longer post, Readability's block: kept under the post's header, not the region);
// forum-invision-lone-post and forum-invision-lone-post-hashed (an Invision 4 topic of one post: a download link's line
// above a paragraph; without climbing back to the post's box the thread lost that line).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { declaredLonePost } from '@/utils/extraction/declared-lone-post';
import { declaredHeads } from '@/utils/extraction/declared-opening';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';

const TEXT =
  'The glaze on my mugs crawls away from the rim after the second firing, leaving bare patches of clay.\n' +
  'I wipe the bisque with a damp sponge first and apply two dipped coats. What else should I check?';
const URL = 'https://potters.example/threads/glaze-crawling.77/';

const postObject = (extra: Record<string, unknown> = {}) => ({
  '@type': 'DiscussionForumPosting',
  headline: 'Glaze crawling on mugs',
  datePublished: '2025-05-02T08:30:00+00:00',
  author: { '@type': 'Person', name: 'kilnkeeper' },
  articleBody: `${TEXT} :confused:`,
  interactionStatistic: [
    { '@type': 'InteractionCounter', interactionType: 'https://schema.org/CommentAction', userInteractionCount: 0 },
  ],
  ...extra,
});

const textBox = TEXT.split('\n').join('<br><br>');
const page = (post: string, title = 'Glaze crawling on mugs') =>
  `<div class="a1"><h1>${title}</h1><div class="a2"><a href="/members/kilnkeeper.9/">kilnkeeper</a>` +
  `<span>May 2, 2025</span></div><div class="a3"><div class="a4"><div id="text">${post}</div></div>` +
  '<div class="a5">Joined Jan 3, 2020 Messages 41</div></div></div>' +
  '<div class="a6"><h3>About Potters</h3><p>A place for potters to share glazes, firings and studio tips with ' +
  'each other, from the first pot to the hundredth kiln load.</p></div>';
const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('declaredLonePost', () => {
  it('is the box of the declared text, with the declared author and date for its header', () => {
    const root = body(page(textBox));
    const box = declaredLonePost([postObject()], root);
    expect(box?.id).toBe('text');
    expect(declaredHeads.get(box!)?.author).toBe('kilnkeeper');
    expect(declaredHeads.get(box!)?.time?.datetime).toBe('2025-05-02T08:30:00+00:00');
  });

  it("reads a QAPage's Question with answerCount 0, its text's links and smiley codes left out", () => {
    const q = { '@type': 'Question', name: 'Glaze', text: `https://potters.example/pic.jpg\n${TEXT}`, answerCount: 0 };
    expect(declaredLonePost([{ '@type': 'QAPage' }, q], body(page(textBox)))?.id).toBe('text');
  });

  it('finds the text where the page prints its opening in a form of its own (a guests line for a link)', () => {
    const post = `<div>To view the content, you need to sign in or register</div>${textBox.slice(12)}`;
    expect(declaredLonePost([postObject()], body(page(post)))?.id).toBe('text');
  });

  it("climbs back to the post's box from its longest paragraph past a line of its text (a download line)", () => {
    // Invision 4: the declared text's first run of letters spans the link's line, whose address the page prints; the
    // way down steps into the long paragraph that holds the next run.
    const link = 'https://files.potters.example/d/Qx7Lm';
    const line = `<p><strong>Download both files:</strong> <a href="${link}">${link}</a></p>`;
    const post = `${line}<!-- / message --><p>${TEXT}</p>`;
    const box = declaredLonePost(
      [postObject({ articleBody: `Download both files: ${link}\n${TEXT}` })],
      body(page(post)),
    );
    expect(box?.id).toBe('text');
  });

  it('does not climb past a line that is not the text (an edit note beside the paragraph)', () => {
    const post = `<div id="para">${TEXT}</div><div>Edited by the moderators</div>`;
    expect(declaredLonePost([postObject()], body(page(post)))?.id).toBe('para');
  });

  it('is none where the post declares replies, or declares no count of them', () => {
    const replied = postObject({
      interactionStatistic: { interactionType: 'https://schema.org/CommentAction', userInteractionCount: 3 },
    });
    expect(declaredLonePost([replied], body(page(textBox)))).toBeNull();
    expect(declaredLonePost([postObject({ interactionStatistic: undefined })], body(page(textBox)))).toBeNull();
  });

  it('is none where the page declares an answer or a comment, or two posts', () => {
    expect(declaredLonePost([postObject(), { '@type': 'Comment', text: 'Me too.' }], body(page(textBox)))).toBeNull();
    expect(declaredLonePost([postObject(), postObject()], body(page(textBox)))).toBeNull();
  });

  it('is none where two boxes print the text (a title that repeats a short post)', () => {
    const short = 'Need help with glaze crawling';
    const root = body(page(short, short));
    expect(declaredLonePost([postObject({ articleBody: short })], root)).toBeNull();
  });

  it('is none where the page does not print the declared text (a script holds it alone)', () => {
    const root = body(
      `${page('Nothing here but a notice for guests.')}<script type="application/ld+json">${TEXT}</script>`,
    );
    expect(declaredLonePost([postObject()], root)).toBeNull();
  });
});

describe('extractArticle on a declared thread of one post', () => {
  const extract = (post: string, declared: string) => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      mainEntity: postObject({ articleBody: declared }),
    });
    const html =
      `<html><head><title>Glaze crawling on mugs</title><script type="application/ld+json">${ld}</script></head>` +
      `<body>${page(post)}</body></html>`;
    const doc = new JSDOM(html, { url: URL }).window.document;
    return articleText(extractArticle(doc, URL)!.contentHtml, doc).textContent;
  };

  it("keeps Readability's block where it is the post's own text (no region), under the post's declared header", () => {
    const text = extract(`<p>${TEXT.split('\n').join('</p><p>')}</p>`, TEXT);
    expect(text).toBe(`kilnkeeper · May 2, 2025\n${TEXT}`);
  });

  it("drops a guests' notice inside the post from the kept block, as a kept thread's posts do", () => {
    const notice = '<div><p>To view the content, you need to sign in or register</p></div>';
    const [first, ...rest] = TEXT.split('\n');
    const text = extract(`<p>${first}</p>${notice}<p>${rest.join('</p><p>')}</p>`, TEXT);
    expect(text).toBe(`kilnkeeper · May 2, 2025\n${TEXT}`);
  });
});
