import { render } from 'preact';
import { App } from './App';
import './style.css';

const tab = new URLSearchParams(location.search).get('tabId');
render(<App tabId={tab ? Number(tab) : undefined} />, document.getElementById('app')!);
