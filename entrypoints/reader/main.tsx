import { render } from 'preact';
import { App } from './App';
import './style.css';
import { keepSyncLive } from '@/utils/sync/keep-sync-live';

const id = Number(new URLSearchParams(location.search).get('id'));
render(<App id={id} />, document.getElementById('app')!);

// While this page is open, changes from the user's other browsers arrive within seconds (sync, if on).
keepSyncLive();
