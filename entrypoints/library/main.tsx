import { render } from 'preact';
import { App } from './App';
import '@/entrypoints/popup/style.css';
import './style.css';

// `library.html?bench` in the test build: hooks only, no UI (its live queries would disturb measurements).
const benchOnly = import.meta.env.MODE === 'e2e' && location.search === '?bench';
if (!benchOnly) render(<App />, document.getElementById('app')!);

// Test build only: hooks for the benchmark and real-browser tests (dead code in production).
if (import.meta.env.MODE === 'e2e') import('@/test-hooks/bench-hooks').then((m) => m.installBenchHooks());
