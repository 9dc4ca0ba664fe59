// A mail archive that receives its list as a subscriber (mail-archive.com, MARC, MHonArc mirrors) prints each message
// as the list sent it: with the footer Mailman adds (a line of underscores, "<List> mailing list", the list's address
// and its listinfo page), in the message's last `<pre>` or in a `<pre>` of its own, and with the line of the
// message's OpenPGP signature attachment ("signature.asc / Description: …"). Neither is the writer's text. Behind
// Cloudflare the archive's addresses are links to `/cdn-cgi/l/email-protection`, not `mailto:`, and they mark the
// page as a mail archive's as well. Found on real mail-archive.com messages of a font manager's list (2007–2008).
// Fixture page: tests/fixtures/pages/forum-mail-archive-footer.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage, parsePage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { cleanRegion } from '@/utils/extraction/extract-region';
import { dropListFooter, removeMailAdditions } from '@/utils/extraction/mail-signature';

/** The text the reader shows for the page. */
function readerText(doc: Document): string {
  const out = doc.createElement('div');
  out.innerHTML = extractArticle(doc, PAGE_URL)?.contentHtml ?? '';
  return out.textContent ?? '';
}

/** A message's kept block: its `<pre>`s, then `after` (a mailbox link as Cloudflare prints it, unless told). */
function message(pres: string[], after = CF_LINK): Element {
  const doc = parsePage(`<div>${pres.map((p) => `<pre>${p}</pre>`).join('')}${after}</div>`);
  return doc.querySelector('div')!;
}

const CF_LINK = '<p><a href="/cdn-cgi/l/email-protection" class="__cf_email__">[email&#160;protected]</a></p>';

const TEXT = 'The new build reads the old catalogues too.\nI tried it on three of mine.\n';

const RULE = '_'.repeat(47);

const MAILMAN2 =
  `${RULE}\nQuire-users mailing list\n<a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a>\n` +
  '<a href="https://lists.example.org/listinfo/quire-users">https://lists.example.org/listinfo/quire-users</a>\n';

describe('a subscriber archive’s message without the list’s footer (forum-mail-archive-footer)', () => {
  it('keeps the message and its quote, not the signature, the signature file’s line or the list’s footer', () => {
    const text = readerText(loadPage('forum-mail-archive-footer'));
    expect(text).toContain('Is there a way to keep the names');
    expect(text).toContain('"page-9" now comes before "page-10" as it should.');
    expect(text).not.toContain('quire.example.org');
    expect(text).not.toContain('signature.asc');
    expect(text).not.toContain('digitally signed');
    expect(text).not.toContain('mailing list');
    expect(text).not.toContain('listinfo');
    expect(text).not.toContain('___');
  });

  it('leaves them out of the region’s copy too (the region may win over Readability’s block)', () => {
    const doc = loadPage('forum-mail-archive-footer');
    const text = cleanRegion(doc.body, doc).textContent ?? '';
    expect(text).toContain('"page-9" now comes before "page-10" as it should.');
    expect(text).not.toContain('signature.asc');
    expect(text).not.toContain('mailing list');
  });

  it('takes Mailman 2’s and Mailman 3’s footers at the end of the message’s own box', () => {
    const two = message([`${TEXT}\n${MAILMAN2}`]);
    removeMailAdditions(two);
    expect(two.querySelector('pre')!.textContent).toBe(TEXT);
    const three = message([
      `${TEXT}${RULE}\nQuire-users mailing list -- quire-users@lists.example.org\n` +
        'To unsubscribe send an email to quire-users-leave@lists.example.org\n',
    ]);
    removeMailAdditions(three);
    expect(three.querySelector('pre')!.textContent).toBe(TEXT);
  });

  it('takes the Apache lists’ and Google Groups’ footers, under their dashes and under the delimiter', () => {
    const apache = message([
      `${TEXT}\n${'-'.repeat(69)}\nTo unsubscribe, e-mail: [email&#160;protected]\n` +
        'For additional commands, e-mail: [email&#160;protected]\n',
    ]);
    removeMailAdditions(apache);
    expect(apache.querySelector('pre')!.textContent).toBe(TEXT);
    const groups = message([
      `${TEXT}\n-- \nYou received this message because you are subscribed to the Google Groups "quire-users" group.\n` +
        'To unsubscribe from this group and stop receiving emails from it, send an email to ' +
        'quire-users+unsubscribe@googlegroups.com.\n' +
        'To view this discussion visit https://groups.google.com/d/msgid/quire-users/abc123%40mail.example.org.\n',
    ]);
    removeMailAdditions(groups);
    expect(groups.querySelector('pre')!.textContent).toBe(TEXT);
  });

  it('removes a box that held the footer alone, and the signature before it (Cloudflare’s links as mailboxes)', () => {
    const root = message([`${TEXT}\n-- \nIda Pell\nhttp://pell.example\n`, `\n\n${MAILMAN2}`]);
    removeMailAdditions(root);
    expect(root.querySelectorAll('pre')).toHaveLength(1);
    expect(root.querySelector('pre')!.textContent).toBe(TEXT);
  });

  it('keeps a rule with more under it, a rule under no list’s line, a quoted footer, and pages with no mailbox', () => {
    const form = message([
      `${TEXT}${RULE}\nName:\nAddress:\nTown:\nPhone:\nE-mail:\nComments:\nQuire-users mailing list\n`,
    ]);
    expect(dropListFooter(form.querySelector('pre')!)).toBe(false);
    const signed = message([`${TEXT}${RULE}\nIda Pell\nWeft Cooperative\n`]);
    expect(dropListFooter(signed.querySelector('pre')!)).toBe(false);
    const quoted = message([`&gt; ${RULE}\n&gt; Quire-users mailing list\n&gt; http://x.example/listinfo/q\n`]);
    expect(dropListFooter(quoted.querySelector('pre')!)).toBe(false);
    const plain = message([`${TEXT}\n${MAILMAN2}`], '');
    plain.querySelectorAll('a').forEach((a) => a.removeAttribute('href'));
    removeMailAdditions(plain);
    expect(plain.querySelector('pre')!.textContent).toContain('mailing list');
  });

  it('takes a signature file’s line, not a line that says more or a file of another name', () => {
    const root = message(
      [TEXT],
      CF_LINK +
        '<p><strong><a href="msg00041/signature.asc">signature.asc</a></strong><br>' +
        '<em>Description:</em> PGP signature</p>' +
        '<p><a href="msg00041/photo.jpg">photo.jpg</a> Description: the loom</p>',
    );
    removeMailAdditions(root);
    expect(root.textContent).not.toContain('signature.asc');
    expect(root.textContent).toContain('photo.jpg');
    const long = message(
      [TEXT],
      CF_LINK +
        `<p>The key is in <a href="keys/signature.asc">signature.asc</a>. ${'More words on it. '.repeat(12)}</p>`,
    );
    removeMailAdditions(long);
    expect(long.textContent).toContain('signature.asc');
  });
});
