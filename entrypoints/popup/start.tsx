import { render } from 'preact';
import { App } from './App';
import { keepSyncLive } from '@/utils/sync/keep-sync-live';

const root = document.getElementById('app')!;
const tab = new URLSearchParams(location.search).get('tabId');
root.replaceChildren(); // the shell painted by main.tsx, if any
root.inert = false;
render(<App tabId={tab ? Number(tab) : undefined} />, root);

// While this page is open, changes from the user's other browsers arrive within seconds (sync, if on).
keepSyncLive();
