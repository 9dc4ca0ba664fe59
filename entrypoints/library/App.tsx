import { useEffect, useState } from 'preact/hooks';
import { Library } from '@/components/library/Library';
import { TagList } from '@/components/library/TagList';
import { KeyHints } from '@/components/library/KeyHints';
import { SaveAllTabs } from '@/components/popup/SaveAllTabs';
import { useLibraryState } from '@/components/hooks/use-library-state';
import { readerUrl } from '@/utils/lib/open-reader';

/**
 * The full-page library (library.html): the popup's library with room, plus the tag list. On a phone
 * the tag list is a drawer behind the "Tags and more" button, and the list has the whole width.
 */
export function App() {
  const lib = useLibraryState({ query: new URLSearchParams(location.search).get('q') ?? '' });
  const open = (id: number, highlight?: string) => location.assign(`${readerUrl(id, highlight)}&from=library`);
  const [drawer, setDrawer] = useState(false);
  useEffect(() => {
    if (!drawer) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setDrawer(false);
      document.getElementById('drawer-toggle')?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [drawer]);
  return (
    <div class={`library-page${drawer ? ' drawer-open' : ''}`}>
      <aside class="sidebar" id="library-drawer" aria-label="Tags and more">
        <header class="popup-head">
          <img src="/icon/32.png" alt="" width="24" height="24" />
          <h1>Offprint</h1>
          <button
            class="icon-btn drawer-close"
            aria-label="Close tags and more"
            title="Close"
            onClick={() => setDrawer(false)}
          >
            ✕
          </button>
        </header>
        <TagList
          onPick={(t) => {
            lib.setQuery(`tag:${t.includes(' ') ? `"${t}"` : t} `);
            setDrawer(false);
          }}
        />
        <SaveAllTabs />
        <KeyHints />
        <a class="head-link" href="/options.html">
          Settings
        </a>
      </aside>
      {drawer && <div class="drawer-scrim" aria-hidden="true" onClick={() => setDrawer(false)} />}
      <main class="library-main">
        <header class="page-head">
          <button
            class="icon-btn"
            id="drawer-toggle"
            aria-label="Tags and more"
            aria-controls="library-drawer"
            aria-expanded={drawer}
            title="Tags and more"
            onClick={() => setDrawer(!drawer)}
          >
            ☰
          </button>
          <h1>Offprint</h1>
        </header>
        <Library lib={lib} onOpen={open} onOpenHighlight={open} variant="page" />
      </main>
    </div>
  );
}
