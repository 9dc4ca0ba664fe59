import { useState } from 'preact/hooks';
import { parseImportFile } from '@/utils/data/import/parse-import-file';
import { importItems, type ImportResult } from '@/utils/data/import/import-items';
import type { ParsedImport } from '@/utils/data/import/import-item';
import { IMPORT_CAP } from '@/utils/data/import/import-limits';
import { useJob } from '@/components/hooks/use-job';
import { JobProgress } from './JobProgress';
import { ProblemList } from './ProblemList';
import { FetchArticles } from './FetchArticles';

const SOURCE: Record<ParsedImport['source'], string> = {
  pocket: 'Pocket export',
  instapaper: 'Instapaper export',
  omnivore: 'Omnivore export',
  bookmarks: 'Browser bookmarks',
  urls: 'List of URLs',
};

/** Import from Pocket, Instapaper, Omnivore, bookmarks or a URL list: read, preview, then import. */
export function ImportSection() {
  const [parsed, setParsed] = useState<ParsedImport | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const read = useJob<ParsedImport>();
  const write = useJob<ImportResult>();
  const pick = async (f: File | null, startAt = 0) => {
    setParsed(null);
    setFile(f);
    write.reset();
    if (f)
      setParsed(
        (await read.run('Reading the file…', (signal, onProgress) =>
          parseImportFile(f, { signal, onProgress, startAt }),
        )) ?? null,
      );
  };
  const from = (parsed?.startAt ?? 0) + 1;
  const next = (parsed?.startAt ?? 0) + (parsed?.items.length ?? 0);
  const run = () =>
    parsed && write.run('Importing…', (signal, onProgress) => importItems(parsed.items, { signal, onProgress }));
  return (
    <div class="data-block">
      <h3>Import</h3>
      <p class="muted">
        From Pocket (.zip, .csv or ril_export.html), Instapaper (.csv), Omnivore (.zip), any browser’s bookmarks (.html)
        or a list of URLs (.txt). Items already in your library are merged, never doubled.
      </p>
      <label class="file">
        Export file{' '}
        <input
          type="file"
          id="import-file"
          accept=".zip,.csv,.html,.htm,.txt"
          onChange={(e) => pick((e.target as HTMLInputElement).files?.[0] ?? null)}
        />
      </label>
      <JobProgress id="import-read" state={read.state} onCancel={read.cancel} />
      {parsed && write.state.phase !== 'done' && (
        <div class="preview" id="import-preview">
          <p>
            {SOURCE[parsed.source]}: <b>{parsed.items.length}</b> items
            {parsed.items.some((i) => i.highlights.length) &&
              `, ${parsed.items.reduce((n, i) => n + i.highlights.length, 0)} highlights`}
            .
          </p>
          {!!parsed.leftOut && (
            <p class="warn" id="import-left-out" role="status">
              This file holds {parsed.total?.toLocaleString()} items; Offprint imports at most{' '}
              {IMPORT_CAP.toLocaleString()} at a time. This run takes items {from.toLocaleString()}–
              {next.toLocaleString()}; the {parsed.leftOut.toLocaleString()} after them are left out. Import these, then
              choose “Read the next items” to continue with item {(next + 1).toLocaleString()}.
            </p>
          )}
          <ProblemList
            problems={parsed.problems.map((p) => ({
              where: p.line ? `${p.file} line ${p.line}` : p.file,
              message: p.message,
            }))}
          />
          <button
            class="primary"
            id="import-confirm"
            disabled={!parsed.items.length || write.state.phase === 'running'}
            onClick={run}
          >
            Import {parsed.items.length} items
          </button>
        </div>
      )}
      <JobProgress id="import" state={write.state} onCancel={write.cancel} />
      {write.state.phase === 'done' && (
        <p class="ok" id="import-status" role="status">
          Imported: {write.state.result.added} new, {write.state.result.merged} merged into articles you had.
        </p>
      )}
      {write.state.phase === 'done' && !!parsed?.leftOut && file && (
        <button class="btn" id="import-next" onClick={() => pick(file, next)}>
          Read the next items (from item {(next + 1).toLocaleString()})
        </button>
      )}
      <FetchArticles />
    </div>
  );
}
