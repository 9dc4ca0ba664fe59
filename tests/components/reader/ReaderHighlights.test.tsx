import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReaderHighlights } from '@/components/reader/ReaderHighlights';
import type { ReaderHighlights as State } from '@/components/hooks/use-highlights';
import type { Highlight } from '@/utils/article';
import type { Painter } from '@/utils/highlights/paint-highlights';

let root: HTMLElement | undefined;
let body: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  body?.remove();
});

const highlight: Highlight = {
  id: 5,
  gid: '00000000-0000-4000-8000-000000000005',
  articleId: 1,
  quote: 'Nets were mended',
  prefix: '',
  suffix: '',
  position: { start: 0, end: 16 },
  color: 'yellow',
  note: null,
  createdAt: 1,
  updatedAt: 1,
  deleted: 0,
  anchor: { contentAt: 1, found: true },
};

/** A painter that finds highlight 5 wherever the click is (the drawing itself is tested elsewhere). */
const painter = { keyAt: () => '5', rangeOf: () => null, mark: () => {} } as unknown as Painter;

function view(state: State) {
  return (
    <ReaderHighlights
      articleId={1}
      contentAt={1}
      body={body!}
      state={state}
      color="yellow"
      onColor={() => {}}
      panelOpen={false}
      onPanelOpen={() => {}}
      onPanelClose={() => {}}
      notify={() => {}}
    />
  );
}

describe('ReaderHighlights: a click on a highlight', () => {
  it('opens its editor even when it comes right after the highlights were drawn (before the next frame)', async () => {
    body = document.createElement('div');
    body.textContent = 'Nets were mended in the harbour.';
    document.body.append(body);
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(view({ anchored: [], painter: null, ready: false }), root!));

    // The highlights are drawn: the reader re-renders in the same task, its effects wait for a frame.
    render(view({ anchored: [{ highlight, position: highlight.position, update: null }], painter, ready: true }), root);
    body.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
    await act(async () => {});

    const editor = document.getElementById('highlight-editor');
    expect(editor?.getAttribute('role')).toBe('dialog');
    expect(editor?.getAttribute('aria-label')).toBe('Highlight');
  });
});
