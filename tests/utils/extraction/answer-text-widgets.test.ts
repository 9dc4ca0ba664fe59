// @vitest-environment jsdom
// Rating widgets whose answers are plain text (`<span>Yes</span> <span>No</span>`: a help center's script listens for
// the click; no `<button>`, role or link says they are buttons), and the widget's follow-up lines after it ("Send
// feedback", "Sorry we couldn't be helpful…", "Danke für Ihre Rückmeldung!"), which the page hides by a class name
// until an answer is clicked. Under hashed class names nothing but the shape tells them from the article's lines.
// Fixture pages: tests/fixtures/pages/docs-kb-answer-spans (a help center built with utility classes) and
// docs-freshdesk under the `--perturb classes` probe.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { answerTexts, feedbackWidget, isAnswerText } from '@/utils/extraction/feedback-widget';
import { measureText } from '@/utils/extraction/clutter-guard';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe('a rating widget whose answers are plain text', () => {
  it("leaves out a utility-class help center's question, its answers and its follow-ups (docs-kb-answer-spans)", () => {
    const text = offprint(loadPage('docs-kb-answer-spans'));
    expect(text).not.toMatch(/War dieser Artikel hilfreich|Danke für Ihre Rückmeldung|Was können wir besser/);
    expect(text).not.toMatch(/^(Ja|Nein)$/m);
    expect(text).toContain('Datei- und Druckerfreigabe in der Firewall erlaubt ist.');
    expect(text).toContain('\\\\BUERO-PC\\laser2');
  });

  it("leaves out a hashed Freshdesk article's vote and its hidden feedback lines (docs-freshdesk, classes)", () => {
    const doc = loadPage('docs-freshdesk');
    perturbClasses(doc);
    const text = offprint(doc);
    expect(text).not.toMatch(/Did you find it helpful|Send feedback|Sorry we couldn't be helpful/);
    expect(text).toContain('Quillsync needs room for one extra copy of the largest file it sends.');
  });

  it('finds plain-text answers by their text alone, in several languages', () => {
    const doc = parsePage(
      '<body><p id="w">War dieser Artikel hilfreich? <span>Ja</span> <span>Nein</span></p>' +
        '<div id="fr">Cet article vous a-t-il aidé ? <b>Oui</b> <b>Non</b></div>' +
        '<p id="one">Does quillsync run on Windows? <span>Yes</span>, since version 2, on every edition.</p>' +
        '<ul id="values"><li>Yes</li><li>Always</li></ul><span id="long">Yes, it does</span></body>',
    );
    measureText(doc.body);
    const spans = Array.from(doc.querySelectorAll('#w span'));
    expect(spans.every((s) => isAnswerText(s))).toBe(true);
    expect(feedbackWidget(spans[0])?.id).toBe('w');
    expect(feedbackWidget(doc.querySelector('#fr b')!)?.id).toBe('fr');
    // One answer in a sentence is no widget; a longer text is no answer.
    expect(feedbackWidget(doc.querySelector('#one span')!)).toBeNull();
    expect(isAnswerText(doc.getElementById('long')!)).toBe(false);
    const all = Array.from(doc.body.querySelectorAll('*'));
    const found = answerTexts(
      all,
      all.map((e) => e.tagName),
    ).map((e) => e.textContent);
    expect(found).toEqual(['Ja', 'Nein', 'Oui', 'Non', 'Yes', 'Yes']);
  });

  it("keeps what follows a widget when it is the page's text (a heading, a paragraph of prose)", () => {
    const prose =
      'Run the same command again. Blocks already sent are not sent twice, and a run that stopped resumes where ' +
      'the last one ended, so nothing is lost when the connection drops in the middle of a transfer.';
    const doc = parsePage(
      '<body><main><h1>Restoring a transfer</h1>' +
        `<p>${prose}</p><p>${prose.replace('Run', 'Start')}</p>` +
        '<p>Was this useful? <span>Yes</span> <span>No</span></p>' +
        '<h2>Checking the destination</h2>' +
        `<p>${prose.replace('Run the same', 'Repeat the')}</p></main></body>`,
    );
    const text = offprint(doc);
    expect(text).not.toContain('Was this useful?');
    expect(text).toMatch(/^Checking the destination$/m);
    expect(text).toContain('Repeat the command again.');
  });
});
