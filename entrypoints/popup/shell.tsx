import { renderToString } from 'preact-render-to-string';
import { App } from './App';

/**
 * The popup's opening screen as HTML (its first render: the list from the first-screen picture), for
 * components/library/popup-shell.
 */
export function renderShell(): string {
  return renderToString(<App />);
}
