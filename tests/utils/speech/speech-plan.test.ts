// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { itemAt, speechPlan } from '@/utils/speech/speech-plan';
import { MAX_UTTERANCE } from '@/utils/speech/split-sentences';
import { UI_ATTR } from '@/utils/highlights/text-index';

function page(html: string) {
  document.body.innerHTML = `<h1 id="t">A title</h1><div id="b">${html}</div>`;
  return [document.getElementById('t')!, document.getElementById('b')!];
}

describe('speechPlan', () => {
  it('reads the title, then each paragraph sentence by sentence, skipping captions, code and reader UI', () => {
    const roots = page(`
      <p>First sentence. Second <em>one</em> here.</p>
      <figure><img alt=""><figcaption>Photo: a caption.</figcaption></figure>
      <pre><code>const x = 1;</code></pre>
      <p>Run <code>npm ci</code> first. Then test.<button ${UI_ATTR}>Copy</button></p>
      <ul><li>An item</li><li>Another item.</li></ul>`);
    const items = speechPlan(roots, 'en');
    expect(items.map((i) => i.text)).toEqual([
      'A title',
      'First sentence.',
      'Second one here.',
      'Run  first.',
      'Then test.',
      'An item',
      'Another item.',
    ]);
    const all = items.map((i) => i.text).join(' ');
    expect(all).not.toMatch(/caption|const|npm|Copy/);
  });

  it('gives each utterance the Range it occupies, across emphasis', () => {
    const items = speechPlan(page('<p>Alpha. Beta <b>gamma</b> delta. Epsilon.</p>'), 'en');
    expect(items[2].range.toString()).toBe('Beta gamma delta.');
    expect(items[2].block.tagName).toBe('P');
  });

  it('cuts a very long sentence into short utterances', () => {
    const long = Array.from({ length: 30 }, (_, i) => `clause number ${i}`).join(', ') + '.';
    const items = speechPlan(page(`<p>${long}</p>`), 'en');
    expect(items.length).toBeGreaterThan(3);
    for (const i of items) expect(i.text.length).toBeLessThanOrEqual(MAX_UTTERANCE);
  });

  it('finds where to start when a paragraph is clicked', () => {
    const roots = page('<p>One. Two.</p><figure><figcaption>cap</figcaption></figure><p>Three.</p>');
    const items = speechPlan(roots, 'en');
    const ps = roots[1].querySelectorAll('p');
    expect(itemAt(items, ps[1])).toBe(3);
    expect(itemAt(items, ps[0].firstChild!)).toBe(1);
    expect(itemAt(items, roots[1].querySelector('figure')!)).toBe(3); // a caption: the next paragraph
  });
});
