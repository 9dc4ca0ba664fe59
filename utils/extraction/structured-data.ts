import { jsonLdObjects, type JsonLd } from './json-ld';

/** What the page says about itself in JSON-LD and microdata: every object and every schema.org type. */
export interface StructuredData {
  /** JSON-LD objects, flattened (arrays and `@graph` opened), in page order. */
  objects: JsonLd[];
  /** schema.org type names from JSON-LD `@type` and microdata `itemtype` ("Product", "QAPage"…). */
  types: Set<string>;
  /** Microdata types of elements that are the page's main entity (on `<html>`, `<body>`, `<main>` or `<article>`). */
  mainTypes: Set<string>;
  /** How many objects or elements carry each type (three products are a category page, one is a product page). */
  counts: Map<string, number>;
}

/** An element's microdata type as a walk of the page read it: its tag name and its `itemtype` attribute. */
export interface Microdata {
  tag: string;
  itemtype: string;
}

/** Every element of the page that has an `itemtype`, in document order. */
export function pageMicrodata(doc: Document): Microdata[] {
  return Array.from(doc.querySelectorAll('[itemtype]'), (el) => ({
    tag: el.tagName,
    itemtype: el.getAttribute('itemtype')!,
  }));
}

/**
 * The elements with an `itemtype` outside the body (the root element, the head): with the census's (see
 * Census.microdata, which walks the body only) they are the page's microdata, without a selector over the page.
 */
export function microdataOutsideBody(doc: Document): Microdata[] {
  const out: Microdata[] = [];
  const visit = (el: Element) => {
    const itemtype = el.getAttribute('itemtype');
    if (itemtype !== null) out.push({ tag: el.tagName, itemtype });
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c !== doc.body) visit(c);
  };
  if (doc.documentElement) visit(doc.documentElement);
  return out;
}

const typeNames = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*\//, ''));

/**
 * The page's schema.org types from its JSON-LD objects (see jsonLdObjects, read once) and its microdata (see
 * pageMicrodata; the census's when it walked the page as it is).
 */
export function readStructuredData(
  doc: Document,
  objects = jsonLdObjects(doc),
  microdata = pageMicrodata(doc),
): StructuredData {
  const types = new Set<string>();
  const mainTypes = new Set<string>();
  const counts = new Map<string, number>();
  const add = (t: string) => {
    types.add(t);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  };
  for (const o of objects) for (const t of typeNames(o['@type'])) add(t);
  for (const { tag, itemtype } of microdata) {
    for (const url of itemtype.split(/\s+/)) {
      const name = url.replace(/^.*\//, '');
      if (!name) continue;
      add(name);
      if (/^(HTML|BODY|MAIN|ARTICLE)$/.test(tag)) mainTypes.add(name);
    }
  }
  return { objects, types, mainTypes, counts };
}
