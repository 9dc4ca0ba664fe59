import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Closes a popover (a menu, the reader's Aa panel) on a press outside `ref` while it is open. A press on
 * the button that toggles it is inside `ref` when the button is: wrap both.
 */
export function useDismiss(ref: RefObject<HTMLElement | null>, open: boolean, onClose: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent | MouseEvent) => {
      const t = e.target as Node | null;
      if (t && ref.current && !ref.current.contains(t)) onClose();
    };
    // pointerdown: the panel closes as the press starts, as menus do (and also for touch).
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [open]);
}
