import { render } from 'preact';
import { App } from './App';
import './style.css';
import { keepSyncLive } from '@/utils/sync/keep-sync-live';

render(<App />, document.getElementById('app')!);

// While this page is open, changes from the user's other browsers arrive within seconds (sync, if on).
keepSyncLive();

// Test build only: hooks for the real-browser tests and bench:backup (dead code in production).
if (import.meta.env.MODE === 'e2e') {
  import('@/test-hooks/data-hooks').then((m) => m.installDataHooks());
  import('@/test-hooks/sync-hooks').then((m) => m.installSyncHooks());
  import('@/test-hooks/highlight-bench-hooks').then((m) => m.installHighlightBenchHooks());
}
