/**
 * Runs vanilla Readability and Offprint on one page in an order that alternates by page (`index`: odd pages run
 * Offprint first), so neither extractor always meets the page cold or always warm. Returns [vanilla, ours].
 */
export function alternateOrder<V, O>(index: number, vanilla: () => V, ours: () => O): [V, O] {
  if (index % 2) {
    const o = ours();
    return [vanilla(), o];
  }
  const v = vanilla();
  return [v, ours()];
}
