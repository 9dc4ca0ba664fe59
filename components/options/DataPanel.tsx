import { StorageSection } from './StorageSection';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

/** The Data section of the options page: storage, backup and restore, exports and imports. */
export function DataPanel() {
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
