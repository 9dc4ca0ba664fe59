/**
 * The selection after a checkbox click: toggles `id`, or with Shift sets the whole range from the
 * last clicked row (`anchor`) to this one to the clicked row's new state. Pure; `order` is the list.
 */
export function selectRows(
  selected: ReadonlySet<number>,
  order: readonly number[],
  id: number,
  shift: boolean,
  anchor: number | null,
): Set<number> {
  const next = new Set(selected);
  const on = !selected.has(id);
  const a = anchor == null ? -1 : order.indexOf(anchor);
  const b = order.indexOf(id);
  if (shift && a >= 0 && b >= 0) {
    for (let i = Math.min(a, b); i <= Math.max(a, b); i++) on ? next.add(order[i]) : next.delete(order[i]);
  } else if (on) next.add(id);
  else next.delete(id);
  return next;
}
