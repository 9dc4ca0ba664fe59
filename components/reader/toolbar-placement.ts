/** Where to put the selection toolbar: page coordinates of its top-left corner, and on which side. */
export interface Placement {
  top: number;
  left: number;
  side: 'above' | 'below';
}

/**
 * Places the selection toolbar next to the selection (its client rect), inside the viewport. With a
 * mouse it goes above the selection; on a touch screen below it, because the system's own selection
 * menu (copy, share) appears above the selection there and would cover it.
 */
export function toolbarPlacement(
  sel: { top: number; bottom: number; left: number; right: number },
  toolbar: { width: number; height: number },
  view: { width: number; height: number; scrollX: number; scrollY: number },
  touch: boolean,
  gap = 8,
): Placement {
  const roomAbove = sel.top - gap - toolbar.height >= 0;
  // Touch handles hang below the selection: leave them room.
  const below = sel.bottom + (touch ? 28 : gap);
  const roomBelow = below + toolbar.height <= view.height;
  const side: Placement['side'] = touch
    ? roomBelow || !roomAbove
      ? 'below'
      : 'above'
    : roomAbove || !roomBelow
      ? 'above'
      : 'below';
  const top =
    side === 'above'
      ? Math.max(0, sel.top - gap - toolbar.height)
      : Math.min(below, Math.max(0, view.height - toolbar.height));
  const centre = (sel.left + sel.right) / 2 - toolbar.width / 2;
  const left = Math.min(Math.max(gap, centre), Math.max(gap, view.width - toolbar.width - gap));
  return { top: top + view.scrollY, left: left + view.scrollX, side };
}
