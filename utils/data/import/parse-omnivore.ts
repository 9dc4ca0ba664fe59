import type { ZipReader } from '@/utils/lib/zip-reader';
import {
  cleanTags,
  isWebUrl,
  makeItem,
  type ImportedHighlight,
  type ImportProblem,
  type ParsedImport,
} from './import-item';
import { ImportCollector, type ReadOptions } from './import-limits';

/** True when a zip looks like Omnivore's export (metadata_*.json files). */
export function isOmnivoreZip(zip: ZipReader): boolean {
  return [...zip.entries.keys()].some((n) => /(^|\/)metadata_[^/]*\.json$/i.test(n));
}

/**
 * Omnivore's export zip: metadata_*.json lists `{ id, slug, title, url, labels, state, savedAt,
 * readingProgress (0–100), author, description, … }`; content/<slug>.html is the article when present;
 * highlights/<slug>.md holds `> quote` blocks. Content is sanitized later, on import.
 */
export async function parseOmnivoreZip(zip: ZipReader, opts: ReadOptions = {}): Promise<ParsedImport> {
  const into = new ImportCollector(opts);
  const out = { problems: { push: (p: ImportProblem) => into.problem(p) } };
  const names = [...zip.entries.keys()];
  const find = (dir: string, file: string) =>
    names.find((n) => n === `${dir}/${file}` || n.endsWith(`/${dir}/${file}`));
  for (const name of names.filter((n) => /(^|\/)metadata_[^/]*\.json$/i.test(n)).sort()) {
    let list: unknown;
    try {
      list = JSON.parse(await zip.text(name));
    } catch {
      out.problems.push({ file: name, line: 0, message: 'not valid JSON; its items were skipped' });
      continue;
    }
    if (!Array.isArray(list)) {
      out.problems.push({ file: name, line: 0, message: 'not a list of saved items' });
      continue;
    }
    for (const [i, r] of list.entries()) {
      const problem =
        !r || typeof r !== 'object' ? 'not an item' : !isWebUrl(r.url) ? `"${r.url ?? ''}" is not a web address` : null;
      if (problem) {
        out.problems.push({ file: name, line: i + 1, message: `item ${i + 1}: ${problem}` });
        continue;
      }
      const slug = typeof r.slug === 'string' ? r.slug : null;
      const content = slug && find('content', `${slug}.html`);
      const hl = slug && find('highlights', `${slug}.md`);
      const savedAt = Date.parse(r.savedAt);
      if (!into.wants()) {
        into.add(makeItem({ url: r.url.trim() })); // counted, not kept: its files are not read
        continue;
      }
      into.add(
        makeItem({
          url: r.url.trim(),
          title: String(r.title ?? '').trim(),
          byline: r.author ?? null,
          excerpt: r.description ?? null,
          tags: cleanTags(
            (Array.isArray(r.labels) ? r.labels : []).map((l: unknown) =>
              typeof l === 'object' && l ? (l as { name?: string }).name : l,
            ),
          ),
          status: /archived/i.test(String(r.state ?? '')) ? 'archived' : 'unread',
          savedAt: Number.isFinite(savedAt) ? savedAt : null,
          progress: typeof r.readingProgress === 'number' ? Math.min(1, Math.max(0, r.readingProgress / 100)) : null,
          html: content ? await zip.text(content) : null,
          highlights: hl ? parseHighlightsMd(await zip.text(hl), Number.isFinite(savedAt) ? savedAt : Date.now()) : [],
        }),
      );
    }
  }
  return into.result('omnivore');
}

/** Inline Markdown as the text it shows: `[text](url)` → text, `**b**` / `_i_` / `` `c` `` → their text, `\*` → `*`. */
export function markdownToPlain(md: string): string {
  // Escaped characters are set aside first (as private-use placeholders) so no rule below reads them.
  const kept: string[] = [];
  return md
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, (_m, c: string) => `\uE000${kept.push(c) - 1}\uE001`)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([\s\S]*?\S)\2(?![\w*])/g, '$1$3')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\uE000(\d+)\uE001/g, (_m, n: string) => kept[Number(n)]);
}

/** Omnivore's highlights/<slug>.md: each `> ` block is a quote; text after it, until the next, is its note. */
export function parseHighlightsMd(md: string, createdAt: number): ImportedHighlight[] {
  const out: ImportedHighlight[] = [];
  for (const block of md.split(/\n\s*\n/)) {
    const lines = block.split('\n');
    const quote = lines
      .filter((l) => l.startsWith('>'))
      .map((l) => l.replace(/^>\s?/, ''))
      .join('\n')
      .replace(/\s*\[⤴️\]\(.*?\)\s*$/, '')
      .trim();
    // The quote as the article shows it: Markdown's emphasis, links and escapes removed, so it anchors.
    const plain = markdownToPlain(quote);
    const rest = lines
      .filter((l) => !l.startsWith('>'))
      .join('\n')
      .trim();
    if (plain) out.push({ quote: plain, note: null, createdAt });
    else if (rest && out.length && !/^#/.test(rest)) out[out.length - 1].note = rest;
  }
  return out;
}
