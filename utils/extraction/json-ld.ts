import { byTag } from './tag-list';

/** One JSON-LD object as the page wrote it. */
export type JsonLd = Record<string, unknown>;

/**
 * Every JSON-LD object of the page, flattened (arrays and `@graph` opened, an entity's `mainEntity`
 * after it), in page order. Broken blocks are skipped: broken JSON-LD is common and the page's other
 * sources still apply. Parsing costs a walk of the scripts and a JSON.parse each: read once per
 * extraction and hand the list to whoever needs it (types, metadata).
 */
export function jsonLdObjects(doc: Document): JsonLd[] {
  const objects: JsonLd[] = [];
  for (const script of byTag(doc, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as JsonLd;
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        objects.push(o);
        // An entity's main topic (a QAPage's Question, a WebPage's main entity) counts as the page's too.
        if (o.mainEntity && typeof o.mainEntity === 'object') queue.push(o.mainEntity);
      }
    }
  }
  return objects;
}
