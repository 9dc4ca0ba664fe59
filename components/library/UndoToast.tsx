import { useEffect } from 'preact/hooks';

/** A short-lived message with an Undo button; disappears after `ms` unless undone. */
export function UndoToast({
  message,
  onUndo,
  onClose,
  ms = 6000,
}: {
  message: string;
  onUndo(): void;
  onClose(): void;
  ms?: number;
}) {
  useEffect(() => {
    const t = setTimeout(onClose, ms);
    return () => clearTimeout(t);
  }, [message]);
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button class="link-btn" id="toast-undo" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
