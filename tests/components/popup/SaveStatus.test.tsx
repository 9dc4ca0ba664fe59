import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { SaveStatus } from '@/components/popup/SaveStatus';
import { StorageFullError } from '@/utils/storage/save-article';

describe('SaveStatus', () => {
  it('says why when the disk is full, and offers to try again', () => {
    const div = document.createElement('div');
    const onSave = vi.fn();
    const message = new StorageFullError().message;
    render(
      <SaveStatus
        state={{ kind: 'done', result: { ok: false, error: 'quota', message } }}
        onSave={onSave}
        onUndo={vi.fn()}
      />,
      div,
    );
    const status = div.querySelector('#status')!;
    expect(status.getAttribute('data-state')).toBe('quota');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('out of storage space');
    (div.querySelector('#save') as HTMLButtonElement).click();
    expect(onSave).toHaveBeenCalledWith(false);
  });

  it('shows the PDF message for a PDF tab, with no button that could not help', () => {
    const div = document.createElement('div');
    render(
      <SaveStatus
        state={{
          kind: 'done',
          result: { ok: false, error: 'restricted', message: 'PDF files open in the browser’s own viewer' },
        }}
        onSave={vi.fn()}
        onUndo={vi.fn()}
      />,
      div,
    );
    expect(div.textContent).toContain('PDF files');
    expect(div.querySelector('button')).toBeNull();
  });

  it('shows an empty, busy bar while the popup starts: no Save button that turns into "Saving…"', () => {
    const div = document.createElement('div');
    render(<SaveStatus state={{ kind: 'starting' }} onSave={vi.fn()} onUndo={vi.fn()} />, div);
    const status = div.querySelector('#status')!;
    expect(status.getAttribute('data-state')).toBe('starting');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(div.querySelector('button')).toBeNull();
  });
});
