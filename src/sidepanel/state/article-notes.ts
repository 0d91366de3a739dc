/**
 * The notes of the panel's article: stored notes, live from the database (so
 * another panel's edits appear here), overlaid with this panel's unsaved
 * drafts. Drafts are saved as the reader types (debounced), when the panel is
 * hidden or closed, and retried after a failure; until a save succeeds the
 * text stays in the editor and in the draft journal, never dropped.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleMeta } from '../../storage/articles.ts';
import { database } from '../../storage/db.ts';
import type { NoteRecord } from '../../storage/db.ts';
import { describeStorageError, requestPersistentStorage } from '../../storage/durability.ts';
import { deleteNote, newNoteId, notesForArticle, restoreNote, saveNote } from '../../storage/notes.ts';
import type { NoteDraft } from '../../storage/notes.ts';
import { forgetDraft, journalDraft, orphanedJournals } from './draft-journal.ts';
import type { JournalledDraft } from './draft-journal.ts';
import { useLiveQuery } from './live-query.ts';

export const SAVE_DELAY_MS = 400;
const RETRY_DELAY_MS = 5_000;

export type SaveStatus = 'loading' | 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** A note as the editor shows it: the stored note with this panel's unsaved changes, if any. */
export interface EditableNote extends NoteDraft {
  createdAt: number | null;
  unsaved: boolean;
}

export interface ArticleNotes {
  notes: EditableNote[];
  status: SaveStatus;
  /** What went wrong with the last save, and that the text is kept. */
  error: string | null;
  /** Something the reader should know that is not an error (a note kept as a copy). */
  notice: string | null;
  /** The last deleted note, until it is undone or another is deleted. */
  deleted: NoteRecord | null;
  edit(id: string, change: Partial<Omit<NoteDraft, 'id'>>): void;
  add(): void;
  remove(id: string): Promise<void>;
  undoDelete(): Promise<void>;
}

export function useArticleNotes(article: ArticleMeta | null): ArticleNotes {
  const key = article?.key ?? null;
  const stored = useLiveQuery(() => (key ? notesForArticle(database(), key) : Promise.resolve([])), [key]);
  const drafts = useRef(new Map<string, JournalledDraft>());
  const [draftsVersion, setDraftsVersion] = useState(0);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const articleRef = useRef(article);
  articleRef.current = article;

  const setDraft = useCallback((draft: JournalledDraft | null, id: string) => {
    if (draft) {
      drafts.current.set(id, draft);
      journalDraft(draft);
    } else {
      drafts.current.delete(id);
      forgetDraft(id);
    }
    setDraftsVersion((v) => v + 1);
  }, []);

  const saveDrafts = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const pending = [...drafts.current.values()].filter(needsSaving);
    if (pending.length === 0) return;
    setStatus('saving');
    try {
      void requestPersistentStorage();
      for (const draft of pending) {
        const result = await saveNote(database(), draft.article, draft, { baseUpdatedAt: draft.baseUpdatedAt });
        const latest = drafts.current.get(draft.id);
        setDraft(null, draft.id);
        if (result.status === 'kept-as-copy') {
          setNotice('This note was changed in another window. Your version was kept as a separate note below it.');
        }
        // Typed more while saving: the newer text stays a draft, now based on what was just stored.
        if (latest && latest !== draft) setDraft({ ...latest, id: result.note.id, baseUpdatedAt: result.note.updatedAt }, result.note.id);
      }
      setError(null);
      setStatus([...drafts.current.values()].some(needsSaving) ? 'pending' : 'saved');
    } catch (err) {
      setStatus('error');
      setError(`${describeStorageError(err)} Your text is kept here and saving is retried every few seconds.`);
      timer.current = setTimeout(() => void flush(), RETRY_DELAY_MS);
    }
    // `flush` (declared below, stable) only serialises calls to this function.
  }, [setDraft]);

  /** Save every draft now, one save after another so no two race on the same note. */
  const flush = useCallback((): Promise<void> => {
    saving.current = saving.current.then(saveDrafts);
    return saving.current;
  }, [saveDrafts]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    void recoverOrphanedDrafts();
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  // Moving to another article: save what was typed for this one first.
  useEffect(() => {
    setNotice(null);
    setDeleted(null);
    return () => void flush();
  }, [key, flush]);

  const storedNotes = stored.status === 'ready' ? stored.value : [];
  // The empty note offered on an article without notes; its random id becomes the note's when the reader types.
  const firstNoteId = useMemo(() => newNoteId(), [key, storedNotes.length === 0]);
  const notes = useMemo(
    () => mergeDrafts(storedNotes, [...drafts.current.values()], key, firstNoteId),
    [storedNotes, key, firstNoteId, draftsVersion],
  );

  const edit = useCallback(
    (id: string, change: Partial<Omit<NoteDraft, 'id'>>) => {
      const target = articleRef.current;
      if (!target) return;
      const current = drafts.current.get(id) ?? fromStored(storedNotes.find((n) => n.id === id), id, target);
      setDraft({ ...current, ...change, article: target }, id);
      setStatus('pending');
      schedule();
    },
    [storedNotes, schedule, setDraft],
  );

  const add = useCallback(() => {
    const target = articleRef.current;
    if (!target) return;
    const id = newNoteId();
    setDraft(fromStored(undefined, id, target), id);
  }, [setDraft]);

  const remove = useCallback(
    async (id: string) => {
      await flush();
      const wasDraftOnly = drafts.current.has(id) && !storedNotes.some((n) => n.id === id);
      if (wasDraftOnly) return setDraft(null, id);
      try {
        setDeleted((await deleteNote(database(), id)) ?? null);
      } catch (err) {
        setError(describeStorageError(err));
      }
    },
    [flush, storedNotes, setDraft],
  );

  const undoDelete = useCallback(async () => {
    if (!deleted) return;
    try {
      await restoreNote(database(), deleted.id);
      setDeleted(null);
    } catch (err) {
      setError(describeStorageError(err));
    }
  }, [deleted]);

  const shownStatus: SaveStatus = key !== null && stored.status === 'loading' ? 'loading' : status;
  const loadError = stored.status === 'error' ? describeStorageError(stored.error) : null;
  return { notes, status: shownStatus, error: error ?? loadError, notice, deleted, edit, add, remove, undoDelete };
}

/** A note added but not typed in yet is not worth a record. */
function needsSaving(draft: JournalledDraft): boolean {
  return draft.body.trim() !== '' || draft.baseUpdatedAt !== null;
}

function fromStored(note: NoteRecord | undefined, id: string, article: ArticleMeta): JournalledDraft {
  return {
    id,
    article,
    body: note?.body ?? '',
    tags: note?.tags ?? [],
    attachment: note?.attachment ?? null,
    baseUpdatedAt: note?.updatedAt ?? null,
  };
}

/** Stored notes with drafts laid over them, then new drafts; an article without notes offers one empty note to type in. */
function mergeDrafts(stored: NoteRecord[], drafts: JournalledDraft[], key: string | null, firstNoteId: string): EditableNote[] {
  const draftsHere = new Map(drafts.filter((d) => d.article.key === key).map((d) => [d.id, d]));
  const notes: EditableNote[] = stored.map((note) => {
    const draft = draftsHere.get(note.id);
    draftsHere.delete(note.id);
    return { id: note.id, body: draft?.body ?? note.body, tags: draft?.tags ?? note.tags, attachment: draft?.attachment ?? note.attachment, createdAt: note.createdAt, unsaved: draft !== undefined };
  });
  for (const draft of draftsHere.values()) notes.push({ ...draft, createdAt: null, unsaved: true });
  if (notes.length === 0 && key !== null) notes.push({ id: firstNoteId, body: '', tags: [], attachment: null, createdAt: null, unsaved: false });
  return notes;
}

let recovery: Promise<void> | null = null;

/** Save drafts that closed panels left in the journal (once per page). */
function recoverOrphanedDrafts(): Promise<void> {
  recovery ??= (async () => {
    for (const journal of await orphanedJournals()) {
      try {
        for (const d of journal.drafts.filter(needsSaving)) await saveNote(database(), d.article, d, { baseUpdatedAt: d.baseUpdatedAt });
        journal.release();
      } catch {
        // Left in the journal: the next panel tries again.
      }
    }
  })();
  return recovery;
}
