import policy from '@/docs/privacy.md?raw';
import { renderMarkdown } from '@/utils/lib/render-markdown';
import '@/entrypoints/options/style.css';
import './style.css';

// docs/privacy.md, built into the extension, so the settings page's link works offline.
const main = document.querySelector('main')!;
main.innerHTML = renderMarkdown(policy);
