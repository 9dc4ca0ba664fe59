// A mail archive's message as its page prints it, the writer's text in one `<pre>`: the signature under the mail
// delimiter ("-- " alone on its line, or "--" where the archive dropped the space) and Mailman's note of a scrubbed
// HTML part ("-------------- next part -------------- / An HTML attachment was scrubbed... / URL: …") are no part of
// the message. Found on real Pipermail messages of the Twisted lists. Fixture page:
// tests/fixtures/pages/forum-pipermail-signature.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage, parsePage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { cleanRegion } from '@/utils/extraction/extract-region';
import { dropMailSignature, removeMailAdditions } from '@/utils/extraction/mail-signature';

/** The text the reader shows for the page. */
function readerText(doc: Document): string {
  const out = doc.createElement('div');
  out.innerHTML = extractArticle(doc, PAGE_URL)?.contentHtml ?? '';
  return out.textContent ?? '';
}

/** A message page's kept block: the writer's mailbox link, then the message's `<pre>`. */
function message(pre: string): Element {
  const doc = parsePage(
    `<div><b>Ida Pell</b> <a href="mailto:list%40lists.example.org">ida at pell.example</a><br><pre>${pre}</pre></div>`,
  );
  return doc.querySelector('div')!;
}

const TEXT = 'Thanks, the patch works here too.\nI ran the whole suite on two looms.\n';

describe('a mail archive’s message without its signature and scrubbed HTML part (forum-pipermail-signature)', () => {
  it('keeps the message and its quote, not the signature, the scrubbed part or the list’s footer', () => {
    const text = readerText(loadPage('forum-pipermail-signature'));
    expect(text).toContain('there a setting for the wait?');
    expect(text).toContain('you can check in the log how often it still happens.');
    expect(text).not.toContain('Loomkit maintainers, Weft Cooperative');
    expect(text).not.toContain('weft.example/~wmarsh');
    expect(text).not.toContain('next part');
    expect(text).not.toContain('An HTML attachment was scrubbed');
    expect(text).not.toContain('More information about');
  });

  it('leaves them out of the region’s copy too (the region may win over Readability’s block)', () => {
    const doc = loadPage('forum-pipermail-signature');
    const text = cleanRegion(doc.body, doc).textContent ?? '';
    expect(text).toContain('you can check in the log how often it still happens.');
    expect(text).not.toContain('Loomkit maintainers');
    expect(text).not.toContain('An HTML attachment was scrubbed');
    expect(text).not.toContain('More information about');
  });

  it('takes the signature under "-- " and under "--" alike, the text before it kept', () => {
    for (const delimiter of ['-- ', '--']) {
      const root = message(`${TEXT}\n${delimiter}\nIda Pell\nWeft Cooperative\n`);
      removeMailAdditions(root);
      expect(root.querySelector('pre')!.textContent).toBe(TEXT);
    }
  });

  it('keeps a long text under two dashes, a quoted delimiter and a delimiter with no text before it', () => {
    const long = message(`${TEXT}\n--\n${'a line the writer set under the dashes\n'.repeat(9)}`);
    expect(dropMailSignature(long.querySelector('pre')!)).toBe(false);
    const quoted = message(`&gt; Earlier text.\n&gt; -- \n&gt; Oswin\n${TEXT}`);
    expect(dropMailSignature(quoted.querySelector('pre')!)).toBe(false);
    const alone = message('--\nIda Pell\n');
    expect(dropMailSignature(alone.querySelector('pre')!)).toBe(false);
  });

  it('keeps a scrubbed patch (only the HTML part is the message again)', () => {
    const root = message(
      `${TEXT}-------------- next part --------------\nA non-text attachment was scrubbed...\nName: fix.patch\n` +
        'URL: <a href="http://lists.example.org/pipermail/l/attachments/20100311/5e8c0d21/attachment.bin">' +
        'http://lists.example.org/pipermail/l/attachments/20100311/5e8c0d21/attachment.bin</a>\n',
    );
    removeMailAdditions(root);
    expect(root.textContent).toContain('fix.patch');
    expect(root.querySelector('a[href$="attachment.bin"]')).not.toBeNull();
  });

  it('takes Mailman 2.1’s address in angle brackets, in the list’s language', () => {
    const root = message(
      `${TEXT}-------------- section suivante --------------\nUne pièce jointe HTML a été nettoyée...\nURL: &lt;` +
        '<a href="http://lists.example.org/pipermail/l/attachments/20100311/5e8c0d21/attachment-0001.html">' +
        'http://lists.example.org/pipermail/l/attachments/20100311/5e8c0d21/attachment-0001.html</a>&gt;\n',
    );
    removeMailAdditions(root);
    expect(root.querySelector('pre')!.textContent).toBe(TEXT);
  });

  it('reads no page without a writer’s mailbox link, nor code', () => {
    const sql = '-- totals per loom\nSELECT loom, count(*) FROM shuttles GROUP BY loom;\n--\n-- end\n';
    const page = parsePage(`<div><pre>${sql}</pre></div>`).querySelector('div')!;
    removeMailAdditions(page);
    expect(page.querySelector('pre')!.textContent).toBe(sql);
    const code = message(`<code>${sql}</code>`);
    removeMailAdditions(code);
    expect(code.querySelector('pre')!.textContent).toBe(sql);
  });
});
