import { useState } from 'preact/hooks';
import { reextractArticle } from '@/utils/storage/reextract-article';

/** "Re-extract" in the reader header: runs today's extractor on the saved original page. */
export function ReextractButton({ id }: { id: number }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const run = async () => {
    setBusy(true);
    setStatus('Re-extracting…');
    try {
      const res = await reextractArticle(id);
      setStatus(res.ok ? `Re-extracted: ${res.wordCount} words (was ${res.previousWordCount}).` : res.message);
    } catch (e) {
      setStatus(`Re-extract failed: ${(e as Error).message}. The current text was kept.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="reextract">
      <button
        type="button"
        id="reextract"
        onClick={run}
        disabled={busy}
        title="Run the current extractor again on the page as it was saved"
      >
        Re-extract
      </button>
      <span role="status" aria-live="polite" class="reextract-status">
        {status}
      </span>
    </span>
  );
}
