// @vitest-environment jsdom
// Dokka 1.9 prints "Link copied to clipboard" beside every member of a class page (`div.copy-popup-wrapper`, shown for
// a moment when the member's anchor is copied). The labels were kept, one per member, and with them in the rows the
// rows' signatures read as link lines and went: a real class page kept its labels and lost its types' and functions'
// signatures (fixture docs-dokka-copy-notice).
import { describe, expect, it } from 'vitest';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';

describe("a copy button's confirmation (docs-dokka-copy-notice)", () => {
  it("drops the labels and keeps the members' signatures", () => {
    const text = offprintPage(loadPage('docs-dokka-copy-notice'))?.text ?? '';
    expect(text).not.toContain('Link copied to clipboard');
    expect(text).toContain('constructor(schedule: Schedule, kiln: Kiln)');
    expect(text).toContain('enum class Phase : Enum<Firing.Phase>');
    expect(text).toContain('data class Reading(minute: Int, celsius: Int, phase: Firing.Phase)');
    expect(text).toContain('fun abort(reason: String)');
    expect(text).toContain('suspend fun start(delayMinutes: Int)');
    expect(text).toContain('Minutes since the first ramp began.');
  });

  it('takes out a confirmation in several languages, and leaves a sentence that mentions copying', () => {
    const doc = parsePage(
      '<body><p>Glazes are mixed by weight, then sieved twice before they go on the pot.</p>' +
        '<div><span>Copied!</span></div><div><span>Lien copié dans le presse-papiers</span></div>' +
        '<span>Enlace copiado</span><div>Link kopiert</div>' +
        '<p>The recipe was copied to the clipboard of every potter in the studio.</p></body>',
    );
    removeClutter(doc);
    const t = doc.body.textContent ?? '';
    expect(t).not.toMatch(/Copied!|copié|copiado|kopiert/);
    expect(t).toContain('The recipe was copied to the clipboard of every potter in the studio.');
  });
});
