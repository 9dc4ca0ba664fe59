// @vitest-environment jsdom
// bookdown wraps every section in `div.section`: a short one is its heading, a line and a linked figure
// (`<div id="age"><h3>age</h3><p>One line.</p><p><a><img></a></p></div>`), which the text's picture-box test read as a
// picture and its caption, so its heading and its line were left out of the text (fixture
// docs-bookdown-figure-sections). A box that opens with a section heading is a section of the text.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { isCaptionBox, nodeToText } from '@/utils/extraction/html-to-text';

describe('a short section over its figure (docs-bookdown-figure-sections)', () => {
  it("keeps each short section's heading and line, and still leaves the figures' captions out", () => {
    const text = offprintPage(loadPage('docs-bookdown-figure-sections'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.trim());
    const at = lines.indexOf('latitude');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('The northernmost gauge stands at the ferry pier. The southernmost is the lock gate.');
    const depth = lines.indexOf('depth');
    expect(lines[depth + 1]).toBe(
      'Depth of the sensor below the datum, in metres. A negative value means the sensor dries out at low water.',
    );
    expect(text).not.toContain('Figure 4.1');
    expect(text).not.toContain('Published with bookdown');
  });

  it('reads a box that opens with a heading as text, a picture with its caption still as a caption', () => {
    document.body.innerHTML =
      '<p>The gauges of the harbour.</p><div id="s"><h3>depth</h3><p>Depth of the sensor.</p>' +
      '<p><a href="/map"><img src="d.png"></a></p></div>' +
      '<p>The pier.</p><div id="c"><img src="p.png"><p>The pier at dawn.</p></div>';
    expect(isCaptionBox(document.getElementById('s')!)).toBe(false);
    expect(isCaptionBox(document.getElementById('c')!)).toBe(true);
    const text = nodeToText(document.body);
    expect(text).toContain('Depth of the sensor.');
    expect(text).not.toContain('The pier at dawn.');
  });
});
