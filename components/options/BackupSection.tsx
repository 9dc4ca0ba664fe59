import { exportBackup, backupFileName } from '@/utils/data/backup/export-backup';
import { markBackedUp } from '@/utils/data/backup/backup-reminder';
import { downloadBlob } from '@/utils/lib/download-blob';
import { formatBytes } from '@/utils/storage/storage-status';
import { useJob } from '@/components/hooks/use-job';
import { JobProgress } from './JobProgress';

/** "Download a full backup": the whole library as one .zip, with progress and Cancel. */
export function BackupSection() {
  const job = useJob<{ articles: number; bytes: number }>();
  const start = () =>
    job.run('Writing backup…', async (signal, onProgress) => {
      const { blob, manifest } = await exportBackup({ signal, onProgress });
      downloadBlob(blob, backupFileName());
      await markBackedUp();
      return { articles: manifest.counts.articles, bytes: blob.size };
    });
  const s = job.state;
  return (
    <div class="data-block">
      <h3>Full backup</h3>
      <p class="muted">
        Everything in one .zip file: articles, their text and original pages, images, tags, highlights, reading progress
        and settings.
      </p>
      <button class="primary" id="backup-download" onClick={start} disabled={s.phase === 'running'}>
        Download a full backup
      </button>
      <JobProgress id="backup" state={s} onCancel={job.cancel} />
      {s.phase === 'done' && (
        <p class="ok" id="backup-status" role="status">
          Backup of {s.result.articles} articles downloaded ({formatBytes(s.result.bytes)}).
        </p>
      )}
    </div>
  );
}
