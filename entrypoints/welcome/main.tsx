import { render } from 'preact';
import { App } from './App';
import { hasShortcut, menusApi } from '@/utils/lib/browser-apis';
import '@/entrypoints/options/style.css';
import './style.css';

// Firefox for Android has no context menus and no keyboard shortcuts: say only what works here.
render(<App menus={!!menusApi()} keys={hasShortcut()} />, document.getElementById('app')!);
