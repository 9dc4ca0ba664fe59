// PHP's notices printed before the document ("[phpBB Debug] PHP Notice: in file /viewtopic.php on line 988: …",
// "Warning: … in /path/file.php on line 12") land at the start of the body and opened the region's text (seen on a
// real phpBB 3.0 topic saved by the Wayback Machine, session 71, under hashed class names). Fixture page:
// tests/fixtures/pages/forum-phpbb-subsilver2-php-notices-hashed (a subsilver2 topic, class names hashed, whose region
// is kept, three of PHP's messages printed before its `<!DOCTYPE>`).
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { removeServerNotices } from '@/utils/extraction/server-notices';

function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc.body;
}

describe('PHP’s notices before the document (forum-phpbb-subsilver2-php-notices-hashed)', () => {
  it('leaves them out of the page’s text', () => {
    const doc = loadPage('forum-phpbb-subsilver2-php-notices-hashed');
    const got = extractArticle(doc, PAGE_URL);
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    const text = out.textContent ?? '';
    expect(text).toContain('Worn chain, almost certainly.');
    expect(text).not.toContain('PHP Notice');
    expect(text).not.toContain('on line');
  });

  it('takes a leading run of PHP’s messages, in its HTML and in its plain form', () => {
    const debug = body(
      '<b>[phpBB Debug] PHP Notice</b>: in file <b>/viewtopic.php</b> on line <b>988</b>: ' +
        '<b>date(): no zone</b><br />' +
        '<br />\n<b>Warning</b>:  getimagesize(): failed in <b>/var/www/a.php</b> on line <b>12</b><br />' +
        '<div id="wrap"><p>The page.</p></div>',
    );
    expect(removeServerNotices(debug)).toBe(true);
    expect(debug.innerHTML).toBe('<div id="wrap"><p>The page.</p></div>');
    const plain = body(
      '\nNotice: Undefined index: lang in /srv/site/index.php on line 7\n' +
        'Deprecated: Function split() is deprecated in /srv/site/lib.php on line 31\n' +
        '<table><tr><td>The page.</td></tr></table>',
    );
    expect(removeServerNotices(plain)).toBe(true);
    expect(plain.textContent).toBe('The page.');
  });

  it('leaves a page whose leading text is its own', () => {
    // Text before the first element that is not one of PHP's messages (a site printed without a wrapper).
    const own = body('Warning: the ferry timetable changes on line 12 routes this May.<br /><div>The page.</div>');
    expect(removeServerNotices(own)).toBe(false);
    // A message among lines of the page's own text: the run stays whole.
    const mixed = body(
      '<b>Notice</b>: Undefined index: x in <b>/a.php</b> on line <b>3</b><br />Welcome to our shop!<div>…</div>',
    );
    expect(removeServerNotices(mixed)).toBe(false);
    // A page that opens with an element, or with a message inside its own markup.
    expect(removeServerNotices(body('<div>Notice: closed on line 4 of the bus map</div>'))).toBe(false);
    expect(removeServerNotices(body('<span><a href="/">Home</a> Notice: x on line 4</span><div></div>'))).toBe(false);
  });
});
