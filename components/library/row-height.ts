/** Where the list is shown: the popup (title and meta) or the library page (title, excerpt and meta). */
export type ListVariant = 'popup' | 'page';

/**
 * Height of one list row in pixels, per variant. Rows are fixed-height because the list is windowed
 * (components/library/VirtualList.tsx) and its first screen is painted from a picture before the code
 * loads (first-screen.ts, popup-shell.ts). The same height holds at every width from 320 px up: the
 * title takes two lines, and the meta line carries the row's 40 px touch-sized buttons. The stylesheet
 * (entrypoints/popup/style.css, `.list-popup .item` and `.list-page .item`) sets the same numbers; a
 * real-browser test measures rendered rows at phone and desktop widths against these.
 */
export const ROW_HEIGHT: Record<ListVariant, number> = { popup: 88, page: 108 };
