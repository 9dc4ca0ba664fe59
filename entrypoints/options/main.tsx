import { render } from 'preact';
import { App } from './App';
import './style.css';

render(<App />, document.getElementById('app')!);

// Test build only: hooks for the real-browser tests and bench:backup (dead code in production).
if (import.meta.env.MODE === 'e2e') {
  import('@/test-hooks/data-hooks').then((m) => m.installDataHooks());
  import('@/test-hooks/highlight-bench-hooks').then((m) => m.installHighlightBenchHooks());
}
