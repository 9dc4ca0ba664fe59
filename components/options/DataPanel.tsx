import { StorageSection } from './StorageSection';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { useEffect } from 'preact/hooks';
import { recoverInterruptedImports } from '@/utils/data/import-batch';

/** The Data section of the options page: storage, backup and restore, exports and imports. */
export function DataPanel() {
  useEffect(() => {
    // An import or restore whose page was closed mid-way is undone (no half-written data).
    void recoverInterruptedImports();
  }, []);
  return (
    <div class="data">
      <StorageSection />
      <BackupSection />
      <RestoreSection />
      <ExportSection />
      <ImportSection />
    </div>
  );
}
