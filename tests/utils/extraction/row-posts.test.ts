// Class-less posts printed as the rows of one table (rowPosts), their time in a `<font>` line (findTime). phpBB 1.4
// prints a topic as a table of class-less `<tr>`s: the member's pane (a `<b>` name, "Registered: …") and the post
// ("Posted: 2002-06-13 18:35" in a `<font>`, the text, the profile icon linking `bb_profile.php?…&user=46`); no class,
// no anchor, no `<time>`, so no thread was found and the page was a listing of the table's lines. Fixture page:
// tests/fixtures/pages/forum-phpbb1-rows.
import { describe, expect, it } from 'vitest';
import { threadKept } from '../../helpers/forum-thread';
import { loadPage, parsePage } from '../../helpers/extraction-pages';
import { rowPosts } from '@/utils/extraction/row-posts';

const SLUG = 'forum-phpbb1-rows';

/** A phpBB 1.4 post row (Italian labels, as the boards translated from it print them). */
const row = (name: string, time: string, text: string, user: number) =>
  `<TR BGCOLOR="#EEEEEE"><TD valign=top><FONT SIZE="2"><b>${name}</b></FONT><BR><FONT SIZE="1"><B>Utente</B></font>` +
  `<BR><FONT SIZE="1">Registrato: Jun 29, 2001</FONT><br><FONT SIZE="1">Messaggi: 12</FONT></td><TD>` +
  `<img src="/forum/images/posticon.gif"><FONT SIZE="1">Inviato: ${time}&nbsp;&nbsp;&nbsp<HR></font>` +
  `<FONT size="2">${text}</FONT><BR><HR>&nbsp;<a href="/forum/bb_profile.php?mode=view&user=${user}">` +
  '<img src="/forum/images/profile.gif" alt="Profilo"></a></TD></TR>';

describe('class-less posts as the rows of one table (forum-phpbb1-rows)', () => {
  it('keeps a phpBB 1.4 topic as a thread: every post with its writer and time, signatures out', () => {
    const { kind, heads, text } = threadKept(loadPage(SLUG));
    expect(kind).toBe('thread');
    expect(heads).toEqual([
      'corvino · 2002-06-13 18:35',
      'lanterna · 2002-06-13 18:45',
      'corvino · 2002-06-13 18:52',
      'ghiro · 2002-06-13 19:01',
    ]);
    expect(text).toContain('I am on an ISDN line.');
    expect(text).toContain('I will try that too.');
    for (const chrome of ['Registered:', 'Posts: 41', 'always online', 'Goto page', 'Author'])
      expect(text).not.toContain(chrome);
  });

  it('reads the same rows under Italian labels ("Registrato", "Inviato")', () => {
    const doc = parsePage(
      '<html><body><TABLE><TR><TD>Autore</TD><TD><b>Domanda sul client</b></TD></TR>' +
        row(
          'corvino',
          '2002-06-13 18:35',
          'Il mio client si disconnette ogni ora da qualche giorno, con un timeout.',
          17,
        ) +
        row(
          'lanterna',
          '2002-06-13 18:45',
          'Controlla il timeout di riaggancio del modem e alzalo, di solito basta.',
          2,
        ) +
        '</TABLE></body></html>',
    );
    const { kind, heads } = threadKept(doc);
    expect(kind).toBe('thread');
    expect(heads).toEqual(['corvino · 2002-06-13 18:35', 'lanterna · 2002-06-13 18:45']);
  });

  it('takes no list’s rows of more than two cells, and no rows of two tables', () => {
    const marked = () => true;
    const list = parsePage(
      '<table><tr><td>i</td><td><a href="/t/1">Topic one</a></td><td>3</td><td><a href="/u/1">ann</a></td></tr>' +
        '<tr><td>i</td><td><a href="/t/2">Topic two</a></td><td>5</td><td><a href="/u/2">bob</a></td></tr></table>',
    );
    expect(rowPosts([...list.querySelectorAll('tr')], marked)).toEqual([]);
    const apart = parsePage(
      '<table><tr><td>pane</td><td>post one</td></tr></table><table><tr><td>pane</td><td>post two</td></tr></table>',
    );
    expect(rowPosts([...apart.querySelectorAll('tr')], marked)).toEqual([]);
    const one = parsePage(
      '<table><tr><td>pane</td><td>post one</td></tr><tr><td>pane</td><td>post two</td></tr></table>',
    );
    expect(rowPosts([...one.querySelectorAll('tr')], marked)).toHaveLength(2);
  });
});
