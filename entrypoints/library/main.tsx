import { render } from 'preact';
import { App } from './App';
import '../popup/style.css';
import './style.css';

render(<App />, document.getElementById('app')!);

// Test build only: hooks for the benchmark and real-browser tests (dead code in production).
if (import.meta.env.MODE === 'e2e') import('@/utils/bench-hooks').then((m) => m.installBenchHooks());
