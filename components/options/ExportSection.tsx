import { useState } from 'preact/hooks';
import { SETTLE_MS, useThrottledQuery } from '@/components/hooks/use-throttled-query';
import { listTags } from '@/utils/storage/tags';
import { selectArticles, selectionTitle, type ExportSelection } from '@/utils/data/export/export-selection';
import { exportMarkdownZip, slugify } from '@/utils/data/export/export-markdown';
import { exportEpub } from '@/utils/data/export/export-epub';
import { articlesToBookmarksHtml, articlesToCsv } from '@/utils/data/export/export-list';
import { exportHighlightsCsv, exportHighlightsMarkdownZip } from '@/utils/data/export/export-highlights';
import { downloadBlob } from '@/utils/lib/download-blob';
import { useJob } from '@/components/hooks/use-job';
import { JobProgress } from './JobProgress';

const VIEWS = ['all', 'unread', 'archived', 'favorites'] as const;
const parse = (v: string): ExportSelection =>
  v.startsWith('tag:') ? { kind: 'tag', tag: v.slice(4) } : { kind: v as (typeof VIEWS)[number] };

/** Export a view or tag as Markdown (.zip), EPUB, browser bookmarks or CSV. */
export function ExportSection() {
  // Counted again once writes pause: a live query re-ran after each of a restore's writes, and its read
  // transactions on the articles held up the restore's next write (session 29).
  const tags = useThrottledQuery(() => listTags(), [], { tables: ['articles'], ms: SETTLE_MS, settle: true }) ?? [];
  const [value, setValue] = useState('all');
  const job = useJob<string>();
  const sel = parse(value);
  const name = `offprint-${slugify(selectionTitle(sel))}`;
  const go = (
    label: string,
    make: (ids: number[], signal: AbortSignal, p: (d: number, t: number) => void) => Promise<[Blob, string]>,
  ) =>
    job.run(label, async (signal, onProgress) => {
      const articles = await selectArticles(sel);
      if (!articles.length) throw new Error(`There are no articles in “${selectionTitle(sel)}” to export.`);
      const [blob, file] = await make(
        articles.map((a) => a.id),
        signal,
        onProgress,
      );
      downloadBlob(blob, file);
      return `${file}: ${articles.length} articles`;
    });
  const list = async (kind: 'html' | 'csv'): Promise<[Blob, string]> => {
    const rows = await selectArticles(sel);
    return kind === 'html'
      ? [new Blob([articlesToBookmarksHtml(rows)], { type: 'text/html' }), `${name}.html`]
      : [new Blob([articlesToCsv(rows)], { type: 'text/csv' }), `${name}.csv`];
  };
  const busy = job.state.phase === 'running';
  return (
    <div class="data-block">
      <h3>Export</h3>
      <label>
        Articles:{' '}
        <select id="export-selection" value={value} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
          {VIEWS.map((v) => (
            <option value={v}>{selectionTitle({ kind: v })}</option>
          ))}
          {tags.map((t) => (
            <option value={`tag:${t.tag}`}>
              Tag: {t.tag} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <div class="buttons">
        <button
          id="export-markdown"
          disabled={busy}
          onClick={() =>
            go('Writing Markdown…', async (ids, signal, p) => [
              await exportMarkdownZip(ids, { signal, onProgress: p }),
              `${name}-markdown.zip`,
            ])
          }
        >
          Markdown (.zip)
        </button>
        <button
          id="export-epub"
          disabled={busy}
          onClick={() =>
            go('Writing EPUB…', async (ids, signal, p) => [
              await exportEpub(ids, selectionTitle(sel), { signal, onProgress: p }),
              `${name}.epub`,
            ])
          }
        >
          EPUB e-book
        </button>
        <button id="export-bookmarks" disabled={busy} onClick={() => go('Writing bookmarks…', () => list('html'))}>
          Bookmarks (.html)
        </button>
        <button id="export-csv" disabled={busy} onClick={() => go('Writing CSV…', () => list('csv'))}>
          Spreadsheet (.csv)
        </button>
      </div>
      <p class="muted">Highlights and notes of the same articles:</p>
      <div class="buttons">
        <button
          id="export-highlights-markdown"
          disabled={busy}
          onClick={() =>
            go('Writing highlights…', async (ids, signal, p) => {
              const out = await exportHighlightsMarkdownZip(ids, { signal, onProgress: p });
              if (!out) throw new Error(`No article in “${selectionTitle(sel)}” has highlights.`);
              return [out.blob, `${name}-highlights.zip`];
            })
          }
          title="One Markdown file per article with YAML front matter, for Obsidian and Logseq"
        >
          Highlights as Markdown (.zip)
        </button>
        <button
          id="export-highlights-csv"
          disabled={busy}
          onClick={() =>
            go('Writing highlights…', async (ids) => {
              const { csv, rows } = await exportHighlightsCsv(ids);
              if (!rows) throw new Error(`No article in “${selectionTitle(sel)}” has highlights.`);
              return [new Blob([csv], { type: 'text/csv' }), `${name}-highlights.csv`];
            })
          }
        >
          Highlights spreadsheet (.csv)
        </button>
      </div>
      <JobProgress id="export" state={job.state} onCancel={job.cancel} />
      {job.state.phase === 'done' && (
        <p class="ok" id="export-status" role="status">
          Downloaded {job.state.result}.
        </p>
      )}
    </div>
  );
}
