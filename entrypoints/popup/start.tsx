import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('app')!;
const tab = new URLSearchParams(location.search).get('tabId');
root.replaceChildren(); // the shell painted by main.tsx, if any
root.inert = false;
render(<App tabId={tab ? Number(tab) : undefined} />, root);
