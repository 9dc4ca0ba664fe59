import { render } from 'preact';
import { App } from './App';
import './style.css';

const id = Number(new URLSearchParams(location.search).get('id'));
render(<App id={id} />, document.getElementById('app')!);
