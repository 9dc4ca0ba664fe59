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

const typeNames = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*\//, ''));

/** The page's schema.org types from its JSON-LD objects (see jsonLdObjects, read once) and its microdata. */
export function readStructuredData(doc: Document, objects = jsonLdObjects(doc)): StructuredData {
  const types = new Set<string>();
  const mainTypes = new Set<string>();
  const counts = new Map<string, number>();
  const add = (t: string) => {
    types.add(t);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  };
  for (const o of objects) for (const t of typeNames(o['@type'])) add(t);
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const url of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = url.replace(/^.*\//, '');
      if (!name) continue;
      add(name);
      if (/^(HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName)) mainTypes.add(name);
    }
  }
  return { objects, types, mainTypes, counts };
}
