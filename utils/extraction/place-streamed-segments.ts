import { byTag } from './tag-list';
import { queryFirst } from './dom-query';

/** A fallback a streamed boundary shows until its content arrives ("Loading paragraph...", "Wird geladen…"). */
const LOADING_TEXT =
  /^\s*(loading|chargement|cargando|carregando|caricamento|laden|wird geladen|загрузка|読み込み中)(?!\p{L})[\s\S]{0,40}$/iu;

/** The comment that closes a Suspense boundary (`<!--/$-->`), and those that open one (`$`, `$?`, `$!`). */
const isComment = (n: Node, data: string[]) => n.nodeType === 8 && data.includes((n as Comment).data);

/**
 * Removes a boundary's fallback after its template: up to the comment that closes the boundary when the
 * page kept React's comments, else the one element right after it when that is a loading line or empty.
 */
function removeFallback(template: Element) {
  let depth = 0;
  let end: Node | null = template.nextSibling;
  while (end && !(depth === 0 && isComment(end, ['/$']))) {
    if (isComment(end, ['$', '$?', '$!'])) depth++;
    else if (isComment(end, ['/$'])) depth--;
    end = end.nextSibling;
  }
  if (end) {
    while (template.nextSibling && template.nextSibling !== end) template.nextSibling.remove();
    return;
  }
  let next = template.nextSibling;
  while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
  if (next?.nodeType !== 1) return;
  const el = next as Element;
  const text = el.textContent ?? '';
  if (el.tagName !== 'TEMPLATE' && !queryFirst(el, 'img, picture, video') && (!text.trim() || LOADING_TEXT.test(text)))
    el.remove();
}

/** The boundaries and placeholders of React's streamed parts (`<template id="B:4">`, `"P:4"`): see below. */
export function streamedTemplates(doc: Document): Element[] {
  return byTag(doc, 'template').filter((t) => /^[BP]:[0-9a-f]+$/.test(t.id));
}

/**
 * A page streamed by React (server rendering with Suspense: Next.js, Remix) sends each late part as
 * `<div hidden id="S:4">` at the end of the body, and a script moves it to its place: a
 * `<template id="B:4">` (a boundary, whose "Loading…" fallback it replaces) or `<template id="P:4">` (a
 * placeholder). A stored or fetched copy of the page never runs that script, so its article is
 * "Loading paragraph..." lines with the paragraphs hidden at the end. They are put where the script
 * would put them. In a live tab the script has run and no such part is left: nothing changes there.
 */
export function placeStreamedSegments(doc: Document): void {
  for (const template of streamedTemplates(doc)) {
    const segment = doc.getElementById(`S:${template.id.slice(2)}`);
    if (!segment || !segment.hasAttribute('hidden') || !template.parentNode) continue;
    if (template.id.startsWith('B')) removeFallback(template);
    template.replaceWith(...Array.from(segment.childNodes));
    segment.remove();
  }
}
