import { useState } from 'preact/hooks';
import {
  previewRestore,
  restoreBackup,
  type RestoreMode,
  type RestoreSummary,
} from '@/utils/data/restore/restore-backup';
import { clearFirstScreen } from '@/components/library/first-screen';
import { clearPopupShell } from '@/components/library/popup-shell';
import { useJob } from '@/components/hooks/use-job';
import { ChoiceFieldset, type Choice } from '@/components/ChoiceFieldset';
import { JobProgress } from './JobProgress';
import { ProblemList } from './ProblemList';
import { RestoreConsent } from './RestoreConsent';

const MODES: Choice<RestoreMode>[] = [
  {
    value: 'merge',
    id: 'restore-mode-merge',
    label: 'Merge: keep my library, take the backup’s copy where it is newer',
  },
  { value: 'replace', id: 'restore-mode-replace', label: 'Replace: make my library exactly the backup' },
];

/** Restore from a backup: pick the file and a mode, see what will change, then confirm. */
export function RestoreSection() {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const check = useJob<RestoreSummary>();
  const write = useJob<RestoreSummary>();
  const preview = (f: File | null, m: RestoreMode) => {
    setFile(f);
    setMode(m);
    write.reset();
    if (f) check.run('Checking the backup…', (signal, onProgress) => previewRestore(f, m, { signal, onProgress }));
  };
  const p = check.state.phase === 'done' ? check.state.result : null;
  // With sync on, a replace deletes on the other browsers too: only with `deleteEverywhere` (RestoreConsent).
  const restore = (deleteEverywhere: boolean) =>
    file &&
    write.run(
      'Restoring…',
      (signal, onProgress) => (
        clearFirstScreen(),
        clearPopupShell(),
        restoreBackup(file, mode, { signal, onProgress, deleteEverywhere })
      ),
    );
  const restored = write.state.phase === 'done' ? write.state.result : null;
  return (
    <div class="data-block">
      <h3>Restore</h3>
      <label class="file">
        Backup file (.zip){' '}
        <input
          type="file"
          id="restore-file"
          accept=".zip,application/zip"
          onChange={(e) => preview((e.target as HTMLInputElement).files?.[0] ?? null, mode)}
        />
      </label>
      <ChoiceFieldset
        class="modes"
        legend="How"
        name="restore-mode"
        choices={MODES}
        selected={mode}
        onPick={(m) => preview(file, m)}
      />
      <JobProgress id="restore-check" state={check.state} onCancel={check.cancel} />
      {p && write.state.phase !== 'done' && (
        <div class="preview" id="restore-preview">
          <p>
            Backup of {new Date(p.manifest.createdAt).toLocaleString()} with {p.manifest.counts.articles} articles.
            Restoring will add <b>{p.added}</b>, update <b>{p.updated}</b>, leave <b>{p.unchanged}</b> unchanged
            {p.mode === 'replace' && (
              <>
                {' '}
                and delete <b>{p.removed}</b> not in the backup
              </>
            )}
            {p.skipped.length > 0 && `; ${p.skipped.length} damaged records will be skipped`}.
          </p>
          <ProblemList
            problems={p.skipped.map((s) => ({
              where: `${s.page} #${s.index + 1}`,
              message: `${s.url ?? 'unknown URL'}: ${s.reason}`,
            }))}
          />
          {p.removedEverywhere > 0 ? (
            <RestoreConsent
              count={p.removedEverywhere}
              busy={write.state.phase === 'running'}
              onReplace={() => restore(true)}
              onMerge={() => preview(file, 'merge')}
              onCancel={() => (check.reset(), write.reset())}
            />
          ) : (
            <button
              class="primary"
              id="restore-confirm"
              disabled={write.state.phase === 'running'}
              onClick={() => restore(false)}
            >
              {mode === 'replace' ? 'Replace my library with this backup' : 'Restore'}
            </button>
          )}
        </div>
      )}
      <JobProgress id="restore" state={write.state} onCancel={write.cancel} />
      {restored && (
        <p class="ok" id="restore-status" role="status">
          Restored: {restored.added} added, {restored.updated} updated, {restored.removed} removed.
        </p>
      )}
    </div>
  );
}
