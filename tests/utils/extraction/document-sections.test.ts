// @vitest-environment jsdom
// A manual's closing sections ("See also", "Next steps") are sections of the document: their heading is in the page's
// outline (its contents or its own permalink link to it, or it stands among headings that all carry ids). The tidy
// pass after Readability took their link lists as teasers and the edge trimming took the rest; a "Related stories"
// box under a plain heading still goes. Fixture page: tests/fixtures/pages/docs-closing-sections (MDN's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { inDocumentSection, isDocumentHeading } from '@/utils/extraction/document-sections';
import { keepAdmonitions } from '@/utils/extraction/admonitions';
import { removeClutter } from '@/utils/extraction/remove-clutter';

const URL_ = 'http://fakehost/docs/queues';
const parse = (html: string) => parsePage(html, URL_);
const load = (slug: string) => loadPage(slug, URL_);
const offprint = (doc: Document) => offprintPage(doc, URL_)?.text ?? '';

const PROSE =
  '<p>A queue holds jobs until a worker is free to run them. Each job is a small record with a name, its ' +
  'arguments and the time it was added, and the queue hands jobs out in the order they arrived.</p>' +
  '<p>Workers ask the queue for the next job when they start and again each time they finish one. A worker that ' +
  'stops answering for longer than the visibility timeout loses its job, which goes back to the queue.</p>' +
  '<p>A job that fails five times in a row is moved to the dead-letter queue, where it waits until someone looks ' +
  'at it, fixes what made it fail and sends it back with a single call to the queue it came from.</p>';

describe('closing sections of a manual (docs-closing-sections)', () => {
  it('keeps the "See also" section its contents link to, without the page-to-page bar after it', () => {
    const text = offprint(load('docs-closing-sections'));
    expect(text).toContain('See also');
    expect(text).toContain('Workers and their timeouts');
    expect(text).toContain('Queueing theory for programmers');
    expect(text).toContain('sends it back with a single call');
    expect(text).not.toMatch(/Previous|In this article|Creative Commons/);
  });

  it('keeps a closing "Next steps" paragraph of links under headings that all carry ids (Microsoft Learn)', () => {
    const doc = parse(
      '<body><main><h1>Run functions locally</h1>' +
        `<h2 id="install">Install the tools</h2>${PROSE}<h2 id="create">Create a project</h2>${PROSE}` +
        '<h2 id="next-steps">Next steps</h2><p>Learn how to <a href="/training/develop">develop, test and publish ' +
        'functions with the tools</a>. The tools are <a href="https://github.com/example/cli">open source</a>.</p>' +
        '</main></body>',
    );
    const text = offprint(doc);
    expect(text).toContain('Next steps');
    expect(text).toContain('develop, test and publish functions with the tools');
  });

  it('still drops a "Related stories" list under a heading no link points to, among headings without ids', () => {
    const doc = parse(
      `<body><main><article><h1>Queues</h1><h2>How they work</h2>${PROSE}<h2>What changed</h2>${PROSE}` +
        '<h2>Related stories</h2><ul><li><a href="/news/launch">We rebuilt our queues</a></li>' +
        '<li><a href="/news/case-study">How a shop sends a million mails a day</a></li></ul></article></main></body>',
    );
    const text = offprint(doc);
    expect(text).toContain('sends it back with a single call');
    expect(text).not.toMatch(/We rebuilt our queues|a million mails/);
  });
});

describe('isDocumentHeading and inDocumentSection', () => {
  const root = (html: string) => parse(`<body><div id="r">${html}</div></body>`).getElementById('r')!;

  it('reads a heading linked from the page, or its own permalink, as a section of the document', () => {
    const r = root('<h2 id="see-also"><a href="#see-also">See also</a></h2><ul><li><a href="/x">X</a></li></ul>');
    const h = r.querySelector('h2')!;
    expect(isDocumentHeading(h, r, new Set(['see-also']))).toBe(true);
    expect(isDocumentHeading(h, r, new Set())).toBe(false);
    expect(inDocumentSection(r.querySelector('li')!, r, () => new Set(['see-also']))).toBe(true);
  });

  it('reads only the block right after the heading as its body', () => {
    const r = root(
      '<h2 id="s">See also</h2><ul><li><a href="/x">X</a></li></ul><ul><li><a href="/prev">Previous</a></li></ul>',
    );
    const lists = r.querySelectorAll('ul');
    expect(inDocumentSection(lists[0], r, () => new Set(['s']))).toBe(true);
    expect(inDocumentSection(lists[1], r, () => new Set(['s']))).toBe(false);
  });

  it('needs three headings of a rank that all carry ids when nothing links to them', () => {
    const ids = root('<h2 id="a">A</h2><p>a</p><h2 id="b">B</h2><p>b</p><h2 id="c">C</h2><p>c</p>');
    expect(isDocumentHeading(ids.querySelector('h2')!, ids, new Set())).toBe(true);
    const mixed = root('<h2 id="a">A</h2><p>a</p><h2>B</h2><p>b</p><h2 id="c">C</h2><p>c</p>');
    expect(isDocumentHeading(mixed.querySelector('h2')!, mixed, new Set())).toBe(false);
  });
});

describe('admonitions that point elsewhere (docs-admonitions)', () => {
  it('keeps a "Tip" and a "Warning" box whose sentence is a fifth links or more (Readability cleaned them)', () => {
    const text = offprint(load('docs-admonitions'));
    expect(text).toContain('For more on sending mail from a view, see Sending mail.');
    expect(text).toContain('Never trust a file');
    expect(text).toContain('Uploaded files and their names');
    expect(text).not.toMatch(/Get our release notes|Copyright/);
  });

  it('weighs a MediaWiki warning box with its label inline as text, not a callout that is mostly links', () => {
    const doc = parse(
      `<body><main><h1>Removing packages</h1>${PROSE}` +
        '<div class="wiki-template-box wiki-template-box-warning" id="w"><strong>Warning</strong> The following ' +
        'operation can break a system. See <a href="/title/System_maintenance">System maintenance#Avoid certain ' +
        `commands</a>.</div>${PROSE}<div class="callout" id="c"><p>Note</p><p><a href="/a">Our pricing plans</a> ` +
        'and <a href="/b">what changed in the last release of the queue service</a></p></div>' +
        '<div class="cookie-alert" id="k"><p>Note</p><p>We use cookies to count visits to this site.</p></div>' +
        '</main></body>',
    );
    const census = removeClutter(doc)!;
    keepAdmonitions(census);
    expect(doc.getElementById('w')!.classList.contains('text')).toBe(true);
    expect(doc.getElementById('c')!.classList.contains('text')).toBe(false);
    expect(doc.getElementById('k')?.classList.contains('text') ?? false).toBe(false);
    expect(offprint(parse(doc.documentElement.outerHTML))).toContain('The following operation can break a system.');
  });
});

describe('callouts under a vendor prefix Readability reads as negative (docs-intercom-callouts)', () => {
  it('keeps help-centre callouts whose label opens their first paragraph in bold', () => {
    // Intercom names every block `intercom-interblocks-…`: "com-" is one of Readability's negative words, and `text`
    // alone only cancelled it, so a callout whose sentence was a fifth links still went.
    expect(readabilityText(load('docs-intercom-callouts'))).not.toContain('billing permission');
    const text = offprint(load('docs-intercom-callouts'));
    expect(text).toContain(
      'Note: Only admins with the billing permission can invite teammates. See Roles and permissions.',
    );
    expect(text).toContain('Read Bulk invites first: it lists the columns the file needs.');
    expect(text).toContain('Removing the last admin locks everyone out of billing.');
    expect(text).not.toMatch(/Did this answer|We run on Intercom|All Collections/);
  });

  it('reads a bold start as a label only when it opens the box, is short and holds no link', () => {
    const box = (inner: string) =>
      `<div class="intercom-interblocks-callout">${inner}</div><p>${'A sentence of the manual. '.repeat(12)}</p>`;
    const tip = '<p><strong>Tip:</strong> Invite teammates from a file with <a href="/bulk">Bulk invites</a>.</p>';
    const inside = '<p>Invite teammates from a file, <b>Tip:</b> read <a href="/bulk">Bulk invites</a>.</p>';
    const linked = '<p><b><a href="/bulk">Bulk invites</a></b> lets you invite teammates from a file.</p>';
    const doc = parse(
      `<body><main><h1>Roles</h1>${PROSE}<div id="a">${box(tip)}</div><div id="b">${box(inside)}</div>` +
        `<div id="c">${box(linked)}</div></main></body>`,
    );
    keepAdmonitions(removeClutter(doc)!);
    const callout = (id: string) => doc.getElementById(id)!.querySelector('div')!;
    expect(callout('a').className).toBe('text');
    expect(callout('b').className).toBe('intercom-interblocks-callout');
    expect(callout('c').className).toBe('intercom-interblocks-callout');
  });
});
