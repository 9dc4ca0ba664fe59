// @vitest-environment jsdom
// trimEdges (the tidy pass's edge trimming, session 48): a page's opening summary right before its first prose is the
// text's first sentence, not a kicker; kickers, bylines, captions and credits before the prose still go.
import { describe, expect, it } from 'vitest';
import { trimEdges } from '@/utils/extraction/trim-edges';
import { offprintPage, parsePage } from '../../helpers/extraction-pages';

const PROSE =
  '<p>Lumen Vault keeps the keys of your workers in one place and hands each of them only what it may open, ' +
  'so that a leaked token opens nothing else.</p><p>Each key has an owner, a scope and a date after which it ' +
  'stops working, and every use of it is written to the vault’s journal for a year.</p>';

/** The text left of `html` after trimEdges. */
function trimmed(html: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  trimEdges(root);
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('trimEdges before the first prose', () => {
  it('keeps the opening summary printed under the title, a whole sentence of its own', () => {
    expect(trimmed(`<h2><p>Use Lumen Vault to store and rotate your keys.</p></h2><hr>${PROSE}`)).toMatch(
      /^Use Lumen Vault to store and rotate your keys\.\s*Lumen Vault keeps/,
    );
    expect(trimmed(`<p>Store, share and rotate the keys of your services.</p>${PROSE}`)).toMatch(/^Store, share/);
  });

  it('still drops a kicker, a byline, a short phrase, a caption after its picture and a credit', () => {
    expect(trimmed(`<p>Security</p>${PROSE}`)).toMatch(/^Lumen Vault keeps/);
    expect(trimmed(`<p>By Dana Okafor and Lee Brandt</p>${PROSE}`)).toMatch(/^Lumen Vault keeps/);
    expect(trimmed(`<p>Keys made simple.</p>${PROSE}`)).toMatch(/^Lumen Vault keeps/);
    expect(
      trimmed(`<p><img src="/hero.png" alt=""></p><p>The vault’s dashboard shows every key and its owner.</p>${PROSE}`),
    ).toMatch(/^Lumen Vault keeps/);
    expect(trimmed(`<p>See the <a href="/pricing">pricing page</a> for the plans we offer.</p>${PROSE}`)).toMatch(
      /^Lumen Vault keeps/,
    );
  });

  it('keeps only the line right before the prose: an earlier sentence-like line still goes', () => {
    const text = trimmed(`<p>This page was last reviewed by the docs team.</p><p>Guides</p>${PROSE}`);
    expect(text).toMatch(/^Lumen Vault keeps/);
  });
});

describe('a manual page declared an article, its summary in a subtitle (supabase-like)', () => {
  it('keeps the summary at the start of the text', () => {
    const doc = parsePage(
      '<head><meta property="og:type" content="article"><title>Keys | Lumen Docs</title></head><body>' +
        '<nav><a href="/docs">Docs</a> <a href="/docs/keys">Keys</a> <a href="/docs/tokens">Tokens</a></nav>' +
        `<main><article><h1>Keys</h1><h2><p>Use Lumen Vault to store and rotate your keys.</p></h2><hr>${PROSE}` +
        '<h2>Scopes</h2><p>A scope names the services a key may open and what it may do there; a key without a ' +
        'scope opens nothing, and a scope may be narrowed at any time without a new key.</p></article></main>' +
        '<footer>© 2026 Lumen</footer></body>',
    );
    expect(offprintPage(doc)?.text ?? '').toMatch(/^Use Lumen Vault to store and rotate your keys\.\n/);
  });
});
