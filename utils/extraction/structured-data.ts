type Json = Record<string, unknown>;

/** What the page says about itself in JSON-LD and microdata: every object and every schema.org type. */
export interface StructuredData {
  /** JSON-LD objects, flattened (arrays and `@graph` opened), in page order. */
  objects: Json[];
  /** schema.org type names from JSON-LD `@type` and microdata `itemtype` ("Product", "QAPage"…). */
  types: Set<string>;
  /** Microdata types of elements that are the page's main entity (on `<html>`, `<body>`, `<main>` or `<article>`). */
  mainTypes: Set<string>;
}

const typeNames = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*\//, ''));

/** Reads the page's JSON-LD blocks (broken ones are skipped) and microdata types, once. */
export function readStructuredData(doc: Document): StructuredData {
  const objects: Json[] = [];
  const types = new Set<string>();
  const mainTypes = new Set<string>();
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the other sources still apply
    }
    const queue = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Json;
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        objects.push(o);
        for (const t of typeNames(o['@type'])) types.add(t);
        // An entity's main topic (a QAPage's Question, a WebPage's main entity) counts as the page's too.
        if (o.mainEntity && typeof o.mainEntity === 'object') queue.push(o.mainEntity);
      }
    }
  }
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const url of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = url.replace(/^.*\//, '');
      if (!name) continue;
      types.add(name);
      if (/^(HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName)) mainTypes.add(name);
    }
  }
  return { objects, types, mainTypes };
}
