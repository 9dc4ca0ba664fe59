import { useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { deleteMany, restoreMany, restoreStatus, setFavorite, setStatus } from '@/utils/storage/library-actions';
import { addTag } from '@/utils/storage/tags';

/** The last undoable action: what it did, in words, and how to put things back. */
export interface ActionToast {
  message: string;
  undo(): void;
}

/** The list's actions on rows; archive and delete can be undone from the toast. */
export interface UndoableActions {
  /** The toast of the last archive or delete, until it is undone or closed. */
  toast: ActionToast | null;
  /** Archives the rows, or moves them to unread (`to`; without it: the opposite of the first row's status). */
  archive(ids: number[], to?: Article['status']): Promise<void>;
  /** Sets the favourite mark (`on`; without it: the opposite of the first row's mark). */
  favorite(ids: number[], on?: boolean): Promise<void>;
  /** Deletes the rows, each with all it owns. */
  remove(ids: number[]): Promise<void>;
  tag(ids: number[], tag: string): Promise<void>;
  /** Undoes the toast's action and closes it. */
  undo(): void;
  dismiss(): void;
}

/**
 * Archive, favourite, delete and tag for the list, with Undo for archive and delete. `liveRow` gives
 * a row's current state (for the toggles); `onDeleted` hears which rows are gone.
 */
export function useUndoableActions(
  liveRow: (id: number) => Article | undefined,
  onDeleted: (ids: number[]) => void,
): UndoableActions {
  const [toast, setToast] = useState<ActionToast | null>(null);
  return {
    toast,
    archive: async (ids, to) => {
      const status = to ?? (liveRow(ids[0])?.status === 'archived' ? 'unread' : 'archived');
      const before = await setStatus(ids, status);
      const n = ids.length;
      setToast({
        message:
          status === 'archived'
            ? n > 1
              ? `Archived ${n} articles`
              : 'Archived'
            : n > 1
              ? `Moved ${n} to unread`
              : 'Moved to unread',
        undo: () => restoreStatus(before),
      });
    },
    favorite: (ids, on) => setFavorite(ids, (on ?? !liveRow(ids[0])?.favorite) ? 1 : 0),
    remove: async (ids) => {
      const snaps = await deleteMany(ids);
      onDeleted(ids);
      const one = snaps.length === 1 ? `“${snaps[0].article.title}”` : `${snaps.length} articles`;
      if (snaps.length) setToast({ message: `Deleted ${one}`, undo: () => restoreMany(snaps) });
    },
    tag: (ids, tag) => addTag(ids, tag),
    undo: () => {
      toast?.undo();
      setToast(null);
    },
    dismiss: () => setToast(null),
  };
}
