// An imageboard's thread (found on a real Futaba thread kept by a viewer app's tests): each reply is a class-less
// table whose `td.rtd` prints a header of labelled parts, "subject Name <name> <date ID:…> No.…", and the text in a
// `<blockquote>`; the poster's name has no link and no author class word (`span.cnm`), and the opening post is the
// thread box's own header and text, around the replies. Fixture page: tests/fixtures/pages/forum-imageboard-name-label.
import { describe, expect, it } from 'vitest';
import { loadPage, parsePage } from '../../helpers/extraction-pages';
import { threadKept as kept } from '../../helpers/forum-thread';
import { findPosts, isNameBesideTime } from '@/utils/extraction/find-posts';
import { isLabelledName } from '@/utils/extraction/card-name';

const SLUG = 'forum-imageboard-name-label';

describe('an imageboard thread whose posters are named after a name label (forum-imageboard-name-label)', () => {
  it('keeps the opening post and every reply, each with its poster and time, not the reply form', () => {
    const { kind, heads, text } = kept(loadPage(SLUG));
    expect(kind).toBe('thread');
    expect(heads).toEqual([
      'ななしさん · 24/05/12(日)09:14:27 ID:qR3tW8zA',
      'ななしさん · 24/05/12(日)09:16:02 ID:Lk2pV9sB',
      'ななしさん · 24/05/12(日)09:18:40 ID:Xc7hN1dQ',
      'ななしさん · 24/05/12(日)09:21:15 ID:qR3tW8zA',
      'ななしさん · 24/05/12(日)09:25:58 ID:Vb5mK0rT',
    ]);
    expect(text).toContain('ベランダのミニトマトが今年もやっと色づいてきた');
    expect(text).toContain('雨の前に取っておいた');
    for (const chrome of ['返信する', '削除キー', 'おなまえ']) expect(text).not.toContain(chrome);
  });

  it('finds the thread box as the opening post and the reply cells as the replies', () => {
    const posts = findPosts(loadPage(SLUG).body);
    expect(posts?.map((p) => p.className)).toEqual(['thre', 'rtd', 'rtd', 'rtd', 'rtd']);
  });

  it('reads a name after a label that is a whole text, not a label ending a sentence, a date or a long line', () => {
    const doc = parsePage(
      '<p id="a">Name<span id="n">ななしさん</span></p>' +
        '<p id="b">Nom : <b id="f">Camille</b></p>' +
        '<p id="c">Please enter your name<span id="s">here</span></p>' +
        '<p id="d">Name<span id="t">24/05/12(日)09:14:27</span></p>' +
        `<p id="e">Name<span id="l">${'x'.repeat(41)}</span></p>`,
    );
    const at = (id: string) => doc.getElementById(id)!;
    expect(isLabelledName(at('n'))).toBe(true);
    expect(isLabelledName(at('f'))).toBe(true);
    expect(isLabelledName(at('s'))).toBe(false);
    expect(isLabelledName(at('t'))).toBe(false);
    expect(isLabelledName(at('l'))).toBe(false);
  });
});

// vichan's (Tinyboard's) thread, found on a real 55chan thread kept by an imageboard tool's tests: each post's header
// is `<label><span class="name">…</span> <time>…</time></label>` (the name in a mailto link when the poster wrote
// "sage"), the text in `div.body`. Fixture page: tests/fixtures/pages/forum-imageboard-name-time.
describe('an imageboard thread whose posters are named right before the time (forum-imageboard-name-time)', () => {
  const NAME_SLUG = 'forum-imageboard-name-time';

  it('keeps every post with its poster and time, not the reply form or the delete box', () => {
    const { kind, heads, text } = kept(loadPage(NAME_SLUG));
    expect(kind).toBe('thread');
    expect(heads).toEqual([
      'Anônimo · 02/03/24 (Sáb) 21:04:11',
      'Anônimo · 02/03/24 (Sáb) 21:06:40',
      'Anônimo · 02/03/24 (Sáb) 21:09:05',
      'Tiozão · 02/03/24 (Sáb) 21:15:32',
    ]);
    expect(text).toContain('Lubrifica os estabilizadores');
    for (const chrome of ['Responder', 'Deletar', 'No.4410263']) expect(text).not.toContain(chrome);
  });

  it('reads `name` as a poster only right before a time, itself or as its box’s only element', () => {
    const doc = parsePage(
      '<label><span id="a" class="name">Anônimo</span> <time>02/03/24 21:04</time></label>' +
        '<label><a href="mailto:sage"><span id="b" class="name">Anônimo</span></a> ' +
        '<span>02/03/24 (Sáb) 21:09:05</span></label>' +
        '<div class="card"><span id="c" class="name">Blue kettle</span> <span class="price">R$ 89,90</span></div>' +
        '<li><span id="d" class="name">Ana Souza</span></li>' +
        '<p><span id="e" class="product-name">Anônimo</span> <time>02/03/24</time></p>',
    );
    const at = (id: string) => doc.getElementById(id)!;
    expect(isNameBesideTime(at('a'), 'name')).toBe(true);
    expect(isNameBesideTime(at('b'), 'name')).toBe(true);
    expect(isNameBesideTime(at('c'), 'name')).toBe(false);
    expect(isNameBesideTime(at('d'), 'name')).toBe(false);
    expect(isNameBesideTime(at('e'), 'product-name')).toBe(false);
  });
});
