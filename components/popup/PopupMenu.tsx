import { useRef, useState } from 'preact/hooks';
import { useDismiss } from '@/components/hooks/use-dismiss';

/**
 * The popup's "More" menu: the actions a user needs now and then (Save all tabs, import, settings), out
 * of the way of the list. A disclosure (a button and the list it shows): Tab moves through its items,
 * Esc or a press outside closes it.
 */
export function PopupMenu({ onSaveAllTabs }: { onSaveAllTabs(): void }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(box, open, () => setOpen(false));
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div
      class="menu"
      ref={box}
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.stopPropagation();
          e.preventDefault();
          close();
        }
      }}
    >
      <button
        class="menu-btn"
        id="menu-toggle"
        ref={button}
        aria-expanded={open}
        aria-controls="popup-menu"
        aria-label="More actions"
        title="More actions"
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open && (
        <ul class="menu-list" id="popup-menu">
          <li>
            <button
              id="save-all"
              onClick={() => {
                setOpen(false);
                onSaveAllTabs();
              }}
            >
              Save all tabs in this window
            </button>
          </li>
          <li>
            <a href="/options.html#data" target="_blank" onClick={() => setOpen(false)}>
              Import from Pocket, Instapaper, Omnivore…
            </a>
          </li>
          <li>
            <a href="/options.html" target="_blank" id="open-settings" onClick={() => setOpen(false)}>
              Settings
            </a>
          </li>
        </ul>
      )}
    </div>
  );
}
