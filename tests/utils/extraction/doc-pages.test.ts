// @vitest-environment jsdom
// Documentation pages: code boxes whose wrappers carry utility classes Readability reads as clutter
// (`scroll-mt-2`, `hidden`, `media-…`) keep their code, and a section's index (headings and lists linking
// to the pages under it) is its content, not teasers; code whose lines are boxes without line breaks between
// them keeps its lines; a field's name and type printed as sibling <span>s (CSS spaces them) stay two words.
// Fixture pages: tests/fixtures/pages/{docs-code-wrappers, docs-section-index, docs-code-line-boxes,
// docs-field-spans, docs-sup-labels, docs-terminal-markup, docs-dropdown-menus}; a label in <sup> after a package link
// stays a word of its own; a terminal a script draws (termynal) shows its session, not the console's markup written
// out; menus that drop down (a manual's languages and versions) are not its text; a title box whose class says "header"
// keeps its opening (docs-title-header); content tabs' labels stay words of their own (docs-content-tabs); a reference
// page keeps its last <dd> (docs-javadoc-details).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { tidyArticle } from '@/utils/extraction/tidy-article';
import { freeCodeBlocks } from '@/utils/extraction/code-wrappers';
import { markCodeLanguages } from '@/utils/extraction/code-language';
import { splitCodeLines } from '@/utils/extraction/split-code-lines';
import { renderTerminalMarkup } from '@/utils/extraction/terminal-markup';
import { removeDropdownMenus } from '@/utils/extraction/dropdown-menu';
import { takeCensus } from '@/utils/extraction/page-census';
import { CLUTTER_RULES, removeClutter } from '@/utils/extraction/remove-clutter';
import { measureText } from '@/utils/extraction/clutter-guard';

const parse = (html: string, url?: string) => parsePage(html, url);
const load = (slug: string) => loadPage(slug);
const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';
const vanilla = readabilityText;

describe('code boxes with utility classes (docs-code-wrappers)', () => {
  it('loses its code to Readability, and keeps it with Offprint', () => {
    expect(vanilla(load('docs-code-wrappers'))).not.toContain('image: postgres:18');
    const text = offprint(load('docs-code-wrappers'));
    expect(text).toContain('image: postgres:18');
    expect(text).toContain('$ psql postgres://localhost:8001/shop');
    expect(text).toContain('By default Harbor sets up a single network');
    expect(text).toContain('connections to the old one are closed');
    expect(text).not.toMatch(/Volumes in Compose|Privacy|Install/);
  });

  it('frees only the boxes that hold nothing but the code (and a label)', () => {
    const doc = parse(
      '<body><div class="scroll-box" id="a"><span>yaml</span><pre>key: value</pre></div>' +
        '<div class="sidebar" id="b"><p>A sidebar paragraph that is more than a label, long enough to count as ' +
        'text of its own beside the snippet it holds.</p><pre>npm i</pre></div></body>',
    );
    const pres = markCodeLanguages(doc.body);
    measureText(doc.body);
    freeCodeBlocks(pres, doc.body);
    expect(doc.querySelector('pre')!.parentElement!.hasAttribute('class')).toBe(false);
    expect(doc.getElementById('b')?.getAttribute('class')).toBe('sidebar');
  });
});

describe('a section index (docs-section-index)', () => {
  it('keeps the headings and lists that link to the pages under this one; teasers of other pages still go', () => {
    const text = offprint(load('docs-section-index'));
    expect(text).toContain('Using workflow templates');
    expect(text).toContain('Choosing where your workflow runs');
    expect(text).toContain('Workflow syntax');
    expect(text).not.toMatch(/Relay 3\.0 is out|Faster runners/);
  });

  it('drops the same link headings on a page whose links are not under it', () => {
    const html =
      '<div id="x"><p>An article paragraph long enough to read as prose in the tidy pass of this test page.</p>' +
      '<h2><a href="/other/templates">Using workflow templates</a></h2><p>Another paragraph of prose, long ' +
      'enough to read as the article text that the heading stands between.</p></div>';
    const at = (url: string) => {
      const doc = parse(`<body>${html}</body>`, url);
      return tidyArticle(doc.getElementById('x')!, doc).text;
    };
    expect(at('http://fakehost/other')).toContain('Using workflow templates');
    expect(at('http://fakehost/news/story.html')).not.toContain('Using workflow templates');
    expect(at('http://fakehost/')).not.toContain('Using workflow templates'); // the site's root has no section
  });
});

describe('content tabs whose labels are <label>s in a row (docs-content-tabs, MkDocs Material)', () => {
  it("keeps the tabs' labels apart: Readability makes their row a paragraph and glued them", () => {
    expect(vanilla(load('docs-content-tabs'))).toContain('YAMLTOML');
    const lines = offprint(load('docs-content-tabs')).split('\n');
    expect(lines).toContain('YAML TOML');
    expect(lines).toContain('Python Node.js Command line');
    expect(lines).toContain('workers = 4');
  });
});

describe('a reference page ending on a list of definitions (docs-javadoc-details, javadoc)', () => {
  it("keeps the last method's last <dd>, which the edge trimming took as a label scrap", () => {
    const lines = offprint(load('docs-javadoc-details')).split('\n');
    expect(lines.slice(-2)).toEqual(['Returns:', 'the balance after the withdrawal']);
    expect(lines).toContain('the balance after the deposit');
    expect(lines.join('\n')).not.toMatch(/Copyright|Overview|Help/);
  });
});

describe('field names and types as sibling <span>s with nothing between them (docs-field-spans)', () => {
  it('runs name and type together for Readability, and keeps them apart with Offprint', () => {
    expect(vanilla(load('docs-field-spans'))).toContain('amountinteger');
    const text = offprint(load('docs-field-spans'));
    for (const l of [
      'id string',
      'amount integer',
      'balance_transaction nullable string Expandable',
      'refunded boolean',
    ])
      expect(text.split('\n')).toContain(l);
  });
});

describe('code whose lines are boxes with no line break between them (docs-code-line-boxes)', () => {
  it('runs its lines together for Readability, and keeps them apart with Offprint', () => {
    expect(vanilla(load('docs-code-line-boxes'))).toContain('my-projectcd my-project');
    const text = offprint(load('docs-code-line-boxes'));
    expect(text).toContain('npm create vite@latest my-project\ncd my-project');
    expect(text).toContain("import { defineConfig } from 'vite'\nimport breeze from '@breeze/vite'\nexport default");
    expect(text).not.toMatch(/my-projectcd|'vite'import/);
  });

  const split = (code: string) => {
    const doc = parse(`<body><pre>${code}</pre></body>`);
    splitCodeLines(doc.querySelector('pre')!);
    return doc.querySelector('pre')!.textContent;
  };
  it('breaks between line boxes: Shiki, CodeMirror, prism-react-renderer and rehype-pretty-code', () => {
    expect(split('<code><span class="line">a</span><span class="line">b</span></code>')).toBe('a\nb');
    expect(split('<div class="cm-line">a</div><div class="cm-line">b</div>')).toBe('a\nb');
    expect(split('<code><span class="token-line">a</span><span class="token-line">b</span></code>')).toBe('a\nb');
    expect(split('<code><span data-line="">a</span><span data-line="">b</span></code>')).toBe('a\nb');
  });
  it('adds no break where the page has one, nor between tokens of a line', () => {
    expect(split('<code><span class="line">a</span>\n<span class="line">b</span></code>')).toBe('a\nb');
    expect(split('<code><span class="line">a\n</span><span class="line">b</span></code>')).toBe('a\nb');
    expect(split('<code><span class="kw">let</span><span class="outline"> x</span></code>')).toBe('let x');
  });
});

describe('labels in <sup> after a package link (docs-sup-labels)', () => {
  it('run into the package name with Readability; Offprint spaces them and leaves powers and ordinals alone', () => {
    expect(vanilla(load('docs-sup-labels'))).toContain('pkgcachecleanAUR');
    const text = offprint(load('docs-sup-labels'));
    expect(text).toContain('pkgcacheclean AUR and pacleaner AUR are two further alternatives');
    expect(text).toContain('install paccache-hook AUR and see');
    expect(text).toContain('A cache of 210 packages');
    expect(text).toContain('the 2nd cleaning');
  });
});

describe('a terminal a script draws (docs-terminal-markup)', () => {
  it('shows its console markup as text with Readability; Offprint renders it as the script would', () => {
    expect(vanilla(load('docs-terminal-markup'))).toContain('<font color="#4E9A06">quay</font>');
    const text = offprint(load('docs-terminal-markup'));
    expect(text).toContain('$ quay dev main.py');
    expect(text).toMatch(/INFO\s+Watching \['\/home\/user\/quay-app'\]/);
    expect(text).toMatch(/INFO\s+Serving at http:\/\/127\.0\.0\.1:8000/);
    expect(text).not.toMatch(/<font|<span|<u |&apos;|text-decoration/);
  });

  it('leaves markup written in code outside such a box as it is written', () => {
    expect(offprint(load('docs-terminal-markup'))).toContain('page = "<b>Hello</b> &amp; welcome"');
  });

  it('renders only code blocks inside the box, and only when they hold markup', () => {
    const doc = parse(
      '<body><div data-termynal><pre id="a">&lt;b&gt;ok&lt;/b&gt; &amp;lt;3</pre><pre id="b">a &lt; b</pre></div>' +
        '<pre id="c">&lt;b&gt;x&lt;/b&gt;</pre></body>',
    );
    renderTerminalMarkup(doc.querySelectorAll('pre'));
    expect(doc.getElementById('a')!.textContent).toBe('ok <3');
    expect(doc.getElementById('b')!.textContent).toBe('a < b');
    expect(doc.getElementById('c')!.textContent).toBe('<b>x</b>');
  });
});

describe('menus that drop down (docs-dropdown-menus)', () => {
  it("are a manual's text before the clutter rule; the rule and Offprint leave them and their triggers out", () => {
    const rulesBefore = { ...CLUTTER_RULES };
    delete rulesBefore.removeDropdownMenus;
    const before = load('docs-dropdown-menus');
    removeClutter(before, rulesBefore);
    expect(before.body.textContent).toContain('Português (Brasil)');
    expect(before.body.textContent).toContain('3.3.1 → 3.3.4');
    const after = load('docs-dropdown-menus');
    removeClutter(after);
    expect(after.body.textContent).not.toMatch(/English ▾|Português|3\.3\.1 → 3\.3\.4|PowerShell|other shells/);
    const text = offprint(load('docs-dropdown-menus'));
    expect(text).not.toMatch(
      /English ▾|Latest version|Português|Deutsch|no changes|2025-11-17|PowerShell|other shells/,
    );
    expect(text).toContain('Joins the entries of the named ledgers into the current one');
    expect(text).toContain('Use --dry-run to see the entries a merge would write');
    expect(text).toContain('A note whose class names a dropdown is still the manual');
  });

  it('leaves a side column of folding lists and a dropdown without trigger or menu words alone', () => {
    const doc = parse(
      '<body><div class="dropdown-list" id="x"><a href="/a">A page</a><a href="/b">B page</a></div>' +
        '<div class="nav-dropdown-menu" id="y"><a href="/c">C page</a><a href="/d">D page</a></div>' +
        '<p>A paragraph of the page, longer than both boxes together, so that neither holds half of it.</p></body>',
    );
    const census = takeCensus(doc.body);
    removeDropdownMenus(census);
    expect(doc.getElementById('x')).not.toBeNull();
    expect(doc.getElementById('y')).toBeNull();
  });
});

describe('a title box whose class says header (docs-title-header)', () => {
  const OPENING = 'Browsers give every site a share of the disk';

  it("loses the manual's opening to Readability; Offprint keeps it before the first section", () => {
    expect(vanilla(load('docs-title-header'))).not.toContain(OPENING);
    const before = { ...CLUTTER_RULES };
    delete before.unmarkTitleBoxes;
    const without = load('docs-title-header');
    removeClutter(without, before);
    expect(vanilla(without)).not.toContain(OPENING);
    const text = offprint(load('docs-title-header'));
    expect(text).toContain(OPENING);
    expect(text).toContain('lets a page keep what it needs between visits');
    expect(text.indexOf(OPENING)).toBeLessThan(text.indexOf('Asking for an estimate'));
    expect(text).not.toMatch(/Was this page helpful|last modified|Related topics|Quotas/);
  });

  it('keeps a lead too short for two prose paragraphs (docs-title-lead)', () => {
    const LEAD = 'closes every open entry and writes their balance';
    expect(vanilla(load('docs-title-lead'))).not.toContain(LEAD);
    const text = offprint(load('docs-title-lead'));
    expect(text).toContain(LEAD);
    expect(text).toContain('read Working with entries first');
    expect(text.indexOf(LEAD)).toBeLessThan(text.indexOf('Syntax'));
    expect(text).not.toMatch(/In this article|Was this page helpful|last modified/);
  });

  it("leaves a hero's pitch beside its buttons, and a lead with no article after it, in their boxes", () => {
    const lead = '<p>A short pitch of the product that says what it does in one sentence of some length here.</p>';
    const para = '<p>' + 'A sentence of the page that runs on about its subject and nothing else. '.repeat(3) + '</p>';
    const doc = parse(
      `<body><main><div class="hero-header" id="a"><h1>Title</h1>${lead}${lead}<button>Start</button></div>` +
        `<div id="b">${para}${para}</div></main>` +
        `<main><div class="page-header" id="c"><h1>Title</h1>${lead}${lead}</div>` +
        `<div id="d">${lead}</div></main></body>`,
    );
    removeClutter(doc);
    expect(doc.getElementById('a')!.getAttribute('class')).toBe('hero-header');
    expect(doc.getElementById('c')!.getAttribute('class')).toBe('page-header');
  });

  it('leaves a site header with the logo as its h1, and a comments header, as they were', () => {
    const para = '<p>' + 'A sentence of the page that runs on about its subject and nothing else. '.repeat(3) + '</p>';
    const doc = parse(
      `<body><div class="site-header" id="a"><h1><a href="/">Logo</a></h1><a href="/x">Menu</a></div>` +
        `<div class="comments-header" id="b"><h1>Title</h1>${para}${para}</div>` +
        `<div class="page-header" id="c"><h1>Title</h1>${para}${para}</div><div id="d">${para}${para}</div></body>`,
    );
    removeClutter(doc);
    expect(doc.getElementById('a')!.getAttribute('class')).toBe('site-header');
    expect(doc.getElementById('b')!.getAttribute('class')).toBe('comments-header');
    expect(doc.getElementById('c')!.getAttribute('class')).toBe('');
    expect(doc.getElementById('c')!.children.length).toBe(1);
    expect(doc.getElementById('d')!.children.length).toBe(4);
  });
});
