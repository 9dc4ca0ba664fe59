import { normalizeUrl } from '@/utils/storage/normalize-url';
import type { ImportedHighlight, ImportProblem } from './import-item';

/**
 * Pocket's annotations/*.json: a list of `{ url, title, highlights: [{ quote, created_at }] }`,
 * created_at in epoch seconds (or a date string). Returns highlights by normalized URL.
 */
export function parsePocketAnnotations(
  text: string,
  file = 'annotations/part_000000.json',
): { byUrl: Map<string, ImportedHighlight[]>; problems: ImportProblem[] } {
  const byUrl = new Map<string, ImportedHighlight[]>();
  const problems: ImportProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { byUrl, problems: [{ file, line: 0, message: 'not valid JSON; its highlights were skipped' }] };
  }
  if (!Array.isArray(json))
    return { byUrl, problems: [{ file, line: 0, message: 'not a list of annotated articles' }] };
  json.forEach((entry, i) => {
    const hl = (entry as { highlights?: unknown })?.highlights;
    const url = (entry as { url?: unknown })?.url;
    if (typeof url !== 'string' || !Array.isArray(hl))
      return problems.push({ file, line: i + 1, message: 'entry has no url or highlights' });
    const list = hl
      .filter((h) => typeof h?.quote === 'string' && h.quote.trim())
      .map((h) => ({
        quote: h.quote.trim(),
        note: typeof h.note === 'string' ? h.note : null,
        createdAt: toMs(h.created_at),
      }));
    const key = normalizeUrl(url);
    byUrl.set(key, [...(byUrl.get(key) ?? []), ...list]);
  });
  return { byUrl, problems };
}

function toMs(v: unknown): number {
  if (typeof v === 'number') return v < 1e12 ? v * 1000 : v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v) * 1000;
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(t) ? t : Date.now();
}
