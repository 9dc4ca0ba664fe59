import { render } from 'preact';
import { App } from './App';
import '@/entrypoints/popup/style.css';
import './style.css';
import { keepSyncLive } from '@/utils/sync/keep-sync-live';
import { wakeSyncOnWrites } from '@/utils/sync/wake-sync-on-writes';

// `library.html?bench` in the test build: hooks only, no UI (its live queries would disturb measurements).
const benchOnly = import.meta.env.MODE === 'e2e' && location.search === '?bench';
if (!benchOnly) render(<App />, document.getElementById('app')!);

// While this page is open, changes from the user's other browsers arrive within seconds (sync, if on); its own
// writes wake the background's sync in any case (the benchmarks write from `?bench`).
if (!benchOnly) keepSyncLive();
else wakeSyncOnWrites();

// Test build only: hooks for the benchmark and real-browser tests (dead code in production).
if (import.meta.env.MODE === 'e2e') import('@/test-hooks/bench-hooks').then((m) => m.installBenchHooks());
