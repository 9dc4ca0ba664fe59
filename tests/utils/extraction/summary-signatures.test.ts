// @vitest-environment jsdom
// YARD prints a class's "Instance Method Summary" as a list of its members' signatures, each a link to the member's
// details further down (`#<strong>load</strong>(schedule) ⇒ Boolean`), no `<code>` around them; most have no
// description. The list read as a cloud of links (the region copy left it out) and as teasers (the tidy pass took it
// from Readability's block): a real class page lost its whole method summary (fixture docs-yard-method-summary).
import { describe, expect, it } from 'vitest';
import { isSignatureLink } from '@/utils/extraction/entry-signature';
import { tidyArticle } from '@/utils/extraction/tidy-article';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';

describe("a reference's summary of members (docs-yard-method-summary)", () => {
  it('keeps every entry of the method summary, and the details below it', () => {
    const text = offprintPage(loadPage('docs-yard-method-summary'))?.text ?? '';
    expect(text).toContain("#initialize(port:, model: 'K-14', max_celsius: 1300, log: nil) ⇒ Controller");
    expect(text).toContain('A new instance of Controller.');
    expect(text).toContain('#load(schedule) ⇒ Boolean');
    expect(text).toContain('#start(delay: 0) ⇒ void');
    expect(text).toContain('#stop ⇒ void');
    expect(text).toContain('#segment_index ⇒ Integer?');
    expect(text).toContain('#max_celsius ⇒ Object');
    expect(text).toContain('Sends a schedule to the controller, segment by segment');
    expect(text).toContain('The serial device the controller answers on');
    expect(text).not.toContain('Generated on');
  });

  it("reads a link into the page whose text is a member's signature as one", () => {
    const link = (href: string, html: string) => {
      const a = document.createElement('a');
      a.setAttribute('href', href);
      a.innerHTML = html;
      return a;
    };
    expect(isSignatureLink(link('#load-instance_method', '#<strong>load</strong>(schedule)  &#x21d2; Boolean '))).toBe(
      true,
    );
    expect(isSignatureLink(link('#debug-instance_method', '#<strong>debug</strong>  ⇒ Object'))).toBe(true);
    expect(isSignatureLink(link('#parse-class_method', '.<strong>parse</strong>(text)'))).toBe(true);
    expect(isSignatureLink(link('#valid%3F-instance_method', '- (Boolean) <strong>valid?</strong>'))).toBe(true);
    expect(isSignatureLink(link('#withPeak-int-', 'withPeak(int)'))).toBe(true);
    // A table of contents' entries are titles; a link to another page is no entry of this one.
    expect(isSignatureLink(link('#installation', 'Installation'))).toBe(false);
    expect(isSignatureLink(link('#step-1', 'Step 1 (optional)'))).toBe(false);
    expect(isSignatureLink(link('#faq', 'FAQ (2024)'))).toBe(false);
    expect(isSignatureLink(link('#next', 'Next →'))).toBe(false);
    expect(isSignatureLink(link('Schedule.html', '#<strong>load</strong>(schedule) ⇒ Boolean'))).toBe(false);
  });

  it("keeps the summary in Readability's block, where a list of the page's sections goes", () => {
    const entry = (name: string, rest: string) =>
      `<li><span><a href="#${name}-instance_method">#<strong>${name}</strong>${rest}</a></span><span></span></li>`;
    const prose =
      '<p>Talks to a kiln controller over its serial port: loads a firing schedule, starts and stops it, and reads ' +
      'the temperature while it runs.</p>';
    const block = (list: string) => {
      const el = document.createElement('div');
      el.innerHTML = `<h1>Class: Kiln::Controller</h1>${prose}<h2>Instance Method Summary</h2>${list}${prose}${prose}`;
      return tidyArticle(el, document).text;
    };
    const summary = block(
      `<ul>${entry('load', '(schedule) ⇒ Boolean')}${entry('start', '(delay: 0) ⇒ void')}${entry('stop', ' ⇒ void')}` +
        `${entry('temperature', ' ⇒ Integer')}${entry('reset', '(hard: false) ⇒ void')}</ul>`,
    );
    expect(summary).toContain('#load(schedule) ⇒ Boolean');
    expect(summary).toContain('#reset(hard: false) ⇒ void');
    const contents = block(
      '<ul><li><a href="#setup">Setting up the kiln</a></li><li><a href="#firing">Firing a load</a></li>' +
        '<li><a href="#cooling">Cooling down</a></li></ul>',
    );
    expect(contents).not.toContain('Setting up the kiln');
  });
});
