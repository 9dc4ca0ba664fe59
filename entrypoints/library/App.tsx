import { Library } from '@/components/library/Library';
import { TagList } from '@/components/library/TagList';
import { SaveAllTabs } from '@/components/popup/SaveAllTabs';
import { useLibraryState } from '@/components/hooks/use-library-state';
import { readerUrl } from '@/utils/lib/open-reader';

/** The full-page library (library.html): the popup's library with room, plus the tag list. */
export function App() {
  const lib = useLibraryState({ query: new URLSearchParams(location.search).get('q') ?? '' });
  const open = (id: number, highlight?: string) => location.assign(`${readerUrl(id, highlight)}&from=library`);
  return (
    <div class="library-page">
      <aside class="sidebar">
        <header class="popup-head">
          <img src="/icon/32.png" alt="" width="24" height="24" />
          <h1>Offprint</h1>
        </header>
        <TagList onPick={(t) => lib.setQuery(`tag:${t.includes(' ') ? `"${t}"` : t} `)} />
        <SaveAllTabs />
        <p class="hint keys">
          <kbd>/</kbd> search · <kbd>↑</kbd>
          <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>a</kbd> archive · <kbd>f</kbd> favourite · <kbd>x</kbd>{' '}
          select · <kbd>Del</kbd> delete
        </p>
        <a class="head-link" href="/options.html">
          Settings
        </a>
      </aside>
      <main class="library-main">
        <Library lib={lib} onOpen={open} onOpenHighlight={open} />
      </main>
    </div>
  );
}
