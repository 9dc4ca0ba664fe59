import type { ComponentType } from 'preact';
import { GeneralSettings } from '@/components/options/GeneralSettings';
import { ReaderSettings } from '@/components/options/ReaderSettings';
import { PermissionSettings } from '@/components/options/PermissionSettings';
import { DataPanel } from '@/components/options/DataPanel';
import { ImageSettings } from '@/components/options/ImageSettings';
import { SyncSection } from '@/components/options/SyncSection';

/** The settings page's sections, in order; each is one component in components/options/. */
const SECTIONS: { id: string; title: string; Panel: ComponentType }[] = [
  { id: 'general', title: 'Saving', Panel: GeneralSettings },
  { id: 'reading', title: 'Reading', Panel: ReaderSettings },
  { id: 'permissions', title: 'Permissions', Panel: PermissionSettings },
  { id: 'sync', title: 'Sync', Panel: SyncSection },
  { id: 'data', title: 'Data', Panel: DataPanel },
  { id: 'images', title: 'Images and storage', Panel: ImageSettings },
];

/** The options page: one card per section, with a table of contents. */
export function App() {
  return (
    <main class="options">
      <header class="options-head">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <h1>Offprint settings</h1>
      </header>
      <nav class="toc" aria-label="Sections">
        {SECTIONS.map((s) => (
          <a href={`#${s.id}`}>{s.title}</a>
        ))}
      </nav>
      {SECTIONS.map(({ id, title, Panel }) => (
        <section class="card" id={id} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{title}</h2>
          <Panel />
        </section>
      ))}
      <p class="options-foot">
        <a href="/privacy.html" id="privacy-link">
          Privacy: what Offprint stores, and what ever leaves your browser
        </a>
      </p>
    </main>
  );
}
