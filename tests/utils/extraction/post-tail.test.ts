// @vitest-environment jsdom
// A post's tail kept by the main region (session 57): an undeclared blog post or news story whose region won over
// Readability's block by the size of its comment section or a headed list of other posts ("4 Kommentare", "Leave a
// Reply", "Ähnliche Beiträge", "Vous aimerez aussi", "Zobacz także"). Fixture page:
// tests/fixtures/pages/blog-comments-after-region (a classic WordPress theme printing no landmark).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { postTailLine, removePostTail } from '@/utils/extraction/post-tail';
import { LIST_HEADING, OTHER_POSTS_PARTS } from '@/utils/extraction/clutter-text';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const last = 'Wer mag, kann auch Zeitschriften hineinlegen, solange sie nicht älter als ein Jahr sind.';
const block = `Der Bücherschrank am Marktplatz\nSeit letzter Woche steht am Marktplatz ein Telefonkasten.\n${last}`;
const region = (...tail: string[]) => [block, ...tail].join('\n');

describe('postTailLine', () => {
  it('finds the heading of the comments or of a list of other posts after the block’s last line', () => {
    expect(postTailLine(region('Ähnliche Beiträge', 'Flohmarkt im Hinterhof'), block)).toBe('Ähnliche Beiträge');
    expect(postTailLine(region('Tags: Bücher', '4 Kommentare', 'Bernd sagt:'), block)).toBe('4 Kommentare');
    expect(postTailLine(region('12 thoughts on “Der Bücherschrank”', 'Anna'), block)).toBe(
      '12 thoughts on “Der Bücherschrank”',
    );
    expect(postTailLine(region('Commentaires (3)'), block)).toBe('Commentaires (3)');
    expect(postTailLine(region('5 Gedanken zu „Der Bücherschrank“'), block)).toBe('5 Gedanken zu „Der Bücherschrank“');
    expect(postTailLine(region('Vous aimerez aussi', 'Épisode 12'), block)).toBe('Vous aimerez aussi');
    expect(postTailLine(region('Zobacz także', 'Gaz z Norwegii'), block)).toBe('Zobacz także');
    expect(postTailLine(region('Lea también:'), block)).toBe('Lea también:');
    expect(postTailLine(region('No comments:', 'Post a Comment'), block)).toBe('No comments:');
    expect(postTailLine(region('Leave a Reply'), block)).toBe('Leave a Reply');
    // A news site's comment form standing for the section.
    expect(postTailLine(region('Kommentieren Sie', 'Illegale Müllentsorgung'), block)).toBe('Kommentieren Sie');
    expect(postTailLine(region('Join the discussion'), block)).toBe('Join the discussion');
  });
  it('reads no list heading of other kinds (a manual’s "See also", a page’s "Latest news": the clutter pass’s)', () => {
    expect(postTailLine(region('Latest news', 'Open day on Saturday'), block)).toBeNull();
    expect(postTailLine(region('See Also:', 'Ledger.record(long)'), block)).toBeNull();
  });
  it('reads nothing before the block’s end, in a sentence, or where the region does not hold the block', () => {
    // The comments' heading before the block's last line: the block holds it (or it is the page's own section).
    expect(postTailLine(`Kommentare\n${block}\nTags: Bücher`, block)).toBeNull();
    expect(postTailLine(region('Comments are welcome. Write to us at the address below.'), block)).toBeNull();
    expect(postTailLine('Another page\nKommentare', block)).toBeNull();
  });
});

describe('OTHER_POSTS_PARTS (the headings LIST_HEADING and a post’s tail share)', () => {
  // One heading of each shared part: a list heading to the clutter pass and a post's tail here.
  const shared = [
    ['Related posts', 'You might also like'],
    ['Verwandte Artikel', 'Das könnte Sie auch interessieren'],
    ['À lire aussi', 'Sur le même thème'],
    ['Artículos relacionados', 'Vea también'],
    ['Leia também', 'Leggi anche', 'Potrebbe interessarti'],
    ['Lees ook', 'Gerelateerde berichten'],
    ['Czytaj też', 'Podobne wpisy'],
    ['Похожие статьи', 'Схожі записи'],
  ];
  it('has one source for both: each part’s headings are list headings and tails', () => {
    expect(shared).toHaveLength(OTHER_POSTS_PARTS.length);
    shared.forEach((lines, i) => {
      for (const t of lines) {
        expect(OTHER_POSTS_PARTS[i].test(t), t).toBe(true);
        expect(LIST_HEADING.test(t), t).toBe(true);
        expect(postTailLine(region(t, 'Flohmarkt im Hinterhof'), block), t).toBe(t);
      }
    });
  });
  it('keeps the difference: a manual’s "See also" and a front page’s lists are list headings, never a tail', () => {
    for (const t of ['See also', 'See Also:', 'Latest news', 'Related', 'Most read', 'Lesen Sie auch', 'Quick links']) {
      expect(LIST_HEADING.test(t), t).toBe(true);
      expect(postTailLine(region(t, 'Ledger.record(long)'), block), t).toBeNull();
    }
    // And the tail's own forms, which the clutter pass does not read as list headings.
    for (const t of ['Auch interessant', 'Ähnliche Themen', 'Similar posts', 'Publicaciones relacionadas']) {
      expect(LIST_HEADING.test(t), t).toBe(false);
      expect(postTailLine(region(t, 'Flohmarkt im Hinterhof'), block), t).toBe(t);
    }
  });
});

describe('removePostTail', () => {
  const body = (tail: string) =>
    parsePage(`<div id="root"><div class="post"><p>${last}</p>${tail}</div><p>After the post</p></div>`);
  it('removes the heading and all that follows it in the region', () => {
    const doc = body('<p><em>Ähnliche Beiträge</em></p><ul><li><a href="/a">Flohmarkt</a></li></ul>');
    const root = doc.getElementById('root')!;
    expect(removePostTail(root, 'Ähnliche Beiträge')).toBe(true);
    expect(root.textContent).toContain('Zeitschriften');
    expect(root.textContent).not.toContain('Ähnliche');
    expect(root.textContent).not.toContain('Flohmarkt');
    expect(root.textContent).not.toContain('After the post');
  });
  it('keeps a line that is a link (a card’s "Read more", a meta row’s "3 Comments")', () => {
    const doc = body('<p><a href="#comments">3 Kommentare</a></p><p>Bernd sagt:</p>');
    const root = doc.getElementById('root')!;
    expect(removePostTail(root, '3 Kommentare')).toBe(false);
    expect(root.textContent).toContain('Bernd');
  });
});

describe('blog-comments-after-region', () => {
  for (const probe of ['normal', 'classes', 'landmarks', 'classes,landmarks'])
    it(`keeps the post without its related list and comments (${probe})`, () => {
      const doc = loadPage('blog-comments-after-region');
      if (probe.includes('classes')) perturbClasses(doc);
      if (probe.includes('landmarks')) perturbLandmarks(doc);
      const text = offprintPage(doc)!.text;
      expect(text).toContain('nimm eins, bring eins');
      expect(text).toContain(last);
      expect(text).not.toContain('Ähnliche Beiträge');
      expect(text).not.toContain('Flohmarkt im Hinterhof');
      expect(text).not.toContain('4 Kommentare');
      expect(text).not.toContain('Brettspiele');
      expect(text).not.toContain('Kommentare sind geschlossen');
    });
});
