// @vitest-environment jsdom
// Session 69: documentation generators nobody had triaged, written in the shape of their templates (invented text).
// Dokka prints a member's camel-case name as pieces with a `<wbr>` between them (`<span>tide</span><wbr></wbr>
// <span>Height</span>`): the stored text spaced them into two words (docs-dokka-word-breaks). javadoc 17 and later
// print a class's declaration in `div.type-signature` of `<span>`s, no code, before its description: the edge trim
// took it for a kicker (docs-javadoc21-type-signature).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { htmlToText, nodeToText } from '@/utils/extraction/html-to-text';
import { readsAsTypeDeclaration } from '@/utils/extraction/entry-declarations';
import { trimEdges } from '@/utils/extraction/trim-edges';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe("a name's pieces with a <wbr> between them (docs-dokka-word-breaks, Dokka)", () => {
  it('reads each member name as one word in the stored text', () => {
    const text = offprint(loadPage('docs-dokka-word-breaks'));
    expect(text).toMatch(/^tideHeight$/m);
    expect(text).toMatch(/^lowWaterMark$/m);
    expect(text).not.toMatch(/tide Height|lowWater Mark/);
  });

  it('runs on only across a <wbr>, and only in the stored text', () => {
    expect(htmlToText('<div><span>camera</span><wbr><span><span>Matrix</span></span></div>')).toBe('cameraMatrix');
    expect(htmlToText('<div><u><span>camera</span><wbr></wbr><span>Matrix</span></u></div>')).toBe('cameraMatrix');
    // Two laid-out pieces with nothing between them are still spaced (a field's name and its type).
    expect(htmlToText('<div><span>amount</span><span>integer</span></div>')).toBe('amount integer');
    // The choices between blocks weigh words as before.
    const doc = parsePage('<body><div id="n"><span>camera</span><wbr><span>Matrix</span></div></body>');
    expect(nodeToText(doc.getElementById('n')!)).toBe('camera Matrix');
  });
});

describe("a class's declaration printed as text before its description (docs-javadoc21-type-signature)", () => {
  it('keeps the declaration above the description', () => {
    const text = offprint(loadPage('docs-javadoc21-type-signature'));
    expect(text).toMatch(/^public final class Lantern<T> extends Beacon<T>\nA lantern on a pier head/m);
  });

  const line = (t: string) => {
    const p = parsePage('<body></body>').createElement('p');
    p.textContent = t;
    return p;
  };

  it("reads a typed language's type declarations, not a heading or a kicker", () => {
    for (const t of [
      'public final class Lantern<T> extends Beacon<T>',
      'public sealed class Pier : Berth',
      'export declare class Tide<T> implements Reading',
      'public data class Keeper(val name: String)',
      'public interface Lights',
    ])
      expect(readsAsTypeDeclaration(line(t)), t).toBe(true);
    for (const t of ['Class Action', 'class Lantern', 'Public class notes', 'public class', 'Our public class is full'])
      expect(readsAsTypeDeclaration(line(t)), t).toBe(false);
  });

  const trim = (html: string) => {
    const doc = parsePage(`<body><div id="root">${html}</div></body>`);
    const root = doc.getElementById('root')!;
    trimEdges(root);
    return root.textContent ?? '';
  };
  const PROSE =
    '<p>A lantern on a pier head is lit by hand every evening, and the keeper writes the time in the log of the ' +
    'pier with the state of the glass and the quantity of oil left in the reservoir after the night.</p>';

  it("keeps a lone declaration before the first prose, and still trims a news page's kicker", () => {
    expect(trim('<div><span>public final class </span><span>Lantern</span></div>' + PROSE)).toContain(
      'public final class Lantern',
    );
    expect(trim('<p>Coast news</p>' + PROSE)).not.toContain('Coast news');
    expect(trim('<p>Class Action</p>' + PROSE)).not.toContain('Class Action');
  });
});
