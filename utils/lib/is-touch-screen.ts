/**
 * Whether the main pointer is a finger (a phone or tablet): no keyboard shortcuts to show, and no focus
 * moved into a text field on open (it would pop up the on-screen keyboard).
 */
export function isTouchScreen(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}
