import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearPopupShell,
  paintPopupShell,
  popupShellIsCurrent,
  savePopupShell,
} from '@/components/library/popup-shell';
import { LIST_SHOWN_MARK, OPENING_KEY, writeFirstScreen } from '@/components/library/first-screen';
import { makeRow } from '../../helpers/make-article';

const row = (id: number, title: string) => makeRow(id, { title });

beforeEach(() => {
  localStorage.clear();
  performance.clearMarks(LIST_SHOWN_MARK);
});

describe('popup shell', () => {
  it('paints the kept HTML, inert, when it was rendered from the current picture', () => {
    writeFirstScreen(OPENING_KEY, [row(2, 'Two'), row(1, 'One')]);
    savePopupShell('<main class="popup"><ul id="list"><li class="item-title">Two</li></ul></main>');
    expect(popupShellIsCurrent()).toBe(true);
    const root = document.createElement('div');
    expect(paintPopupShell(root)).toBe(true);
    expect(root.querySelector('.item-title')?.textContent).toBe('Two');
    expect(root.inert).toBe(true); // nothing in it answers until the app replaces it
    expect(performance.getEntriesByName(LIST_SHOWN_MARK)).toHaveLength(1);
  });

  it('keeps no style attribute, which the pages’ CSP would refuse (and report) when the shell is painted', () => {
    writeFirstScreen(OPENING_KEY, [row(1, 'One')]);
    savePopupShell(
      '<ul id="list"><li class="spacer" style="height: 0px"></li>' +
        '<li class="item-title" title="a style=&quot;x&quot;">style="kept as text"</li></ul>',
    );
    const root = document.createElement('div');
    expect(paintPopupShell(root)).toBe(true);
    expect(root.querySelector('[style]')).toBeNull();
    expect(root.querySelector('.item-title')?.getAttribute('title')).toBe('a style="x"');
    expect(root.querySelector('.item-title')?.textContent).toBe('style="kept as text"');
  });

  it('paints nothing when the picture changed since the shell was rendered', () => {
    writeFirstScreen(OPENING_KEY, [row(1, 'One')]);
    savePopupShell('<p>old</p>');
    writeFirstScreen(OPENING_KEY, [row(2, 'Two'), row(1, 'One')]); // saved from the context menu, say
    const root = document.createElement('div');
    expect(popupShellIsCurrent()).toBe(false);
    expect(paintPopupShell(root)).toBe(false);
    expect(root.innerHTML).toBe('');
    expect(root.inert).toBeFalsy();
  });

  it('paints nothing without a picture, or from damaged storage', () => {
    const root = document.createElement('div');
    savePopupShell('<p>x</p>'); // no picture: nothing to stamp it with
    expect(localStorage.length).toBe(0);
    expect(paintPopupShell(root)).toBe(false);
    writeFirstScreen(OPENING_KEY, [row(1, 'One')]);
    localStorage.setItem('offprint:popup-shell:v1', '{not json');
    expect(paintPopupShell(root)).toBe(false);
    localStorage.setItem('offprint:popup-shell:v1', JSON.stringify({ picture: 1, html: 2 }));
    expect(paintPopupShell(root)).toBe(false);
    expect(root.innerHTML).toBe('');
  });

  it('forgets the shell before a restore', () => {
    writeFirstScreen(OPENING_KEY, [row(1, 'One')]);
    savePopupShell('<p>One</p>');
    clearPopupShell();
    expect(localStorage.getItem('offprint:popup-shell:v1')).toBeNull();
    expect(paintPopupShell(document.createElement('div'))).toBe(false);
  });
});
