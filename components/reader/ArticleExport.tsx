import { useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { articleMarkdownFile, slugify } from '@/utils/data/export/export-markdown';
import { exportEpub } from '@/utils/data/export/export-epub';
import { downloadBlob } from '@/utils/lib/download-blob';

/** The reader's "Export" action: this article as Markdown or as an EPUB e-book. */
export function ArticleExport({ article }: { article: Article }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (make: () => Promise<[Blob, string]>) => {
    setBusy(true);
    setError(null);
    try {
      downloadBlob(...(await make()));
    } catch (e) {
      setError(`Export failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="reader-export" id="reader-export">
      <summary>Export</summary>
      <button id="export-article-markdown" disabled={busy} onClick={() => run(() => articleMarkdownFile(article))}>
        Markdown
      </button>
      <button
        id="export-article-epub"
        disabled={busy}
        onClick={() =>
          run(async () => [await exportEpub([article.id], article.title), `${slugify(article.title)}.epub`])
        }
      >
        EPUB e-book
      </button>
      {error && <span role="alert">{error}</span>}
    </details>
  );
}
