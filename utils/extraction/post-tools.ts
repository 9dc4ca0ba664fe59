import { clean } from './post-time';
import { byTag } from './tag-list';
import { UNSEEN_TAG_NAMES } from './unseen-tags';

// A post's line of tools printed inside its text's box: AskBot prints `div.post-controls` ("edit flag offensive delete
// link more": links to the edit form and the post's address, links a script drives, a menu of forms) under each
// answer's text in `div.post-content`, the box taken for the text when no reply is nested in it; the line stayed as
// the answer's last line. Read from the links (a link whose whole text is one tool's word), not from class words.

/** A word of a post's tool ("edit", "flag offensive", "delete", "link", "more", "share", "reply", "quote", …). */
const TOOL_WORD = new RegExp(
  '^(' +
    [
      'edit|delete|undelete|flag|offensive|link|permalink|share|more|reply|quote|report|retag|close|reopen|merge',
      'cite|follow|unfollow|bookmark|hide|spam|editar|eliminar|responder|citar|bearbeiten|löschen|antworten',
      'zitieren|melden|modifier|supprimer|répondre|citer|signaler',
    ].join('|') +
    ')$',
  'i',
);
/** Longest text of such a line. */
const TOOLS_TEXT = 60;
/** Levels above a tool's link that its line's box may reach. */
const MAX_LEVELS = 4;

/** The words of `el` a reader sees (the text of scripts and styles left out), lower case. */
function seenWords(el: Element): string[] {
  let out = '';
  const walk = (n: Element) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += ` ${(c as Text).data}`;
      else if (c.nodeType === 1 && !UNSEEN_TAG_NAMES.has((c as Element).tagName)) walk(c as Element);
    }
  };
  walk(el);
  return clean(out).split(' ').filter(Boolean);
}

/** True when `el` prints two tools' words or more and nothing else, in at most 60 characters, no picture. */
function isToolsLine(el: Element): boolean {
  if ((el.textContent ?? '').length > TOOLS_TEXT * 20 || el.querySelector('img')) return false;
  const words = seenWords(el);
  return words.length >= 2 && words.join(' ').length <= TOOLS_TEXT && words.every((w) => TOOL_WORD.test(w));
}

/**
 * The lines of a post's tools in `source` (a post's text box): from each link whose whole text is one tool's word,
 * the outermost box below `source` (four levels up at most) that prints only tools' words (two or more). A tool's
 * word in a sentence, or a link among the post's words, stays. Reads the post's short links and the boxes up from
 * them.
 */
export function toolsLineBoxes(source: Element): Element[] {
  const out: Element[] = [];
  for (const a of byTag(source, 'a')) {
    if (out.some((box) => box.contains(a))) continue;
    const text = clean(a.textContent);
    if (!text || text.length > 20 || !TOOL_WORD.test(text)) continue;
    let box: Element | null = null;
    for (let p = a.parentElement, level = 0; p && p !== source && level < MAX_LEVELS; p = p.parentElement, level++) {
      if (isToolsLine(p)) box = p;
      else if (box) break;
    }
    if (box) out.push(box);
  }
  return out;
}
