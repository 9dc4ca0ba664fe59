import { render } from 'preact';
import { App } from './App';
import '@/entrypoints/options/style.css';
import './style.css';

// Firefox for Android has no context menus and no keyboard shortcuts: say only what works here.
const api = browser as unknown as { contextMenus?: unknown; menus?: unknown; commands?: unknown };
render(<App menus={!!(api.contextMenus ?? api.menus)} keys={!!api.commands} />, document.getElementById('app')!);
