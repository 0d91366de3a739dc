/**
 * Deleting a note or a highlight with the chance to undo it (see UndoToast):
 * the record is soft-deleted at once, and restored if the reader undoes it.
 */
import { useCallback, useState } from 'preact/hooks';
import { database } from '../storage/db.ts';
import { deleteHighlight, restoreHighlight } from '../storage/highlights.ts';
import { deleteNote, restoreNote } from '../storage/notes.ts';

export interface Deletion {
  kind: 'note' | 'highlight';
  id: string;
  /** Deleted from the keyboard: the Undo button takes the focus. */
  keyboard: boolean;
}

const STORE = {
  note: { remove: deleteNote, restore: restoreNote },
  highlight: { remove: deleteHighlight, restore: restoreHighlight },
} as const;

export function useUndoableDelete() {
  const [deleted, setDeleted] = useState<Deletion | null>(null);
  const remove = useCallback(async (kind: Deletion['kind'], id: string, keyboard: boolean) => {
    if (await STORE[kind].remove(database(), id)) setDeleted({ kind, id, keyboard });
  }, []);
  const undo = useCallback(() => {
    if (!deleted) return;
    void STORE[deleted.kind].restore(database(), deleted.id).then(() => setDeleted(null));
  }, [deleted]);
  const forget = useCallback(() => setDeleted(null), []);
  return { deleted, remove, undo, forget };
}
