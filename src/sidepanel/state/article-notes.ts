/**
 * The notes of the panel's article: stored notes, live from the database (so
 * another panel's edits appear here), overlaid with this panel's unsaved
 * drafts. Drafts are saved 300 ms after the reader stops typing and at least
 * every second while they type on, when the panel is hidden or closed, and
 * retried after a failure; until a save succeeds the text stays in the editor
 * and in the draft journal, never dropped.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleMeta } from '../../storage/articles.ts';
import { database } from '../../storage/db.ts';
import type { NoteRecord } from '../../storage/db.ts';
import { describeStorageError, describeStorageProblem, requestPersistentStorage } from '../../storage/durability.ts';
import { t } from '../../shared/i18n.ts';
import { deleteNote, newNoteId, notesForArticleWithDeleted, restoreNote, saveNote } from '../../storage/notes.ts';
import type { NoteDraft } from '../../storage/notes.ts';
import { forgetDraft, journalDraft, orphanedJournals } from './draft-journal.ts';
import type { JournalledDraft } from './draft-journal.ts';
import { useDatabaseProblem } from './database-problem.ts';
import { useLiveQuery } from './live-query.ts';

/** A pause in typing this long saves. */
export const SAVE_DELAY_MS = 300;
/** Continuous typing saves this often: a crash then loses at most this much typing, even without the journal. */
export const SAVE_MAX_WAIT_MS = 1_000;
const RETRY_DELAY_MS = 5_000;

export type SaveStatus = 'loading' | 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** A note as the editor shows it: the stored note with this panel's unsaved changes, if any. */
export interface EditableNote extends NoteDraft {
  /** Null until the note is first saved. */
  createdAt: number | null;
}

export interface ArticleNotes {
  notes: EditableNote[];
  status: SaveStatus;
  /** What went wrong with the last save, and that the text is kept. */
  error: string | null;
  /** Something the reader should know that is not an error (a note kept as a copy). */
  notice: string | null;
  /** The last deleted note, until it is undone, another is deleted or the time to undo is over. */
  deleted: NoteRecord | null;
  edit(id: string, change: Partial<Omit<NoteDraft, 'id'>>): void;
  add(): void;
  remove(id: string): Promise<void>;
  undoDelete(): Promise<void>;
  /** The time to undo the last deletion is over. */
  forgetDeleted(): void;
}

/**
 * A draft stays after its save until the live query shows the saved version:
 * dropping it at once would flash the older stored text into the editor, and
 * a keystroke in that moment would be typed into the old text.
 */
interface Draft extends JournalledDraft {
  saved: boolean;
}

export function useArticleNotes(article: ArticleMeta | null): ArticleNotes {
  const key = article?.key ?? null;
  const stored = useLiveQuery(() => (key ? notesForArticleWithDeleted(database(), key) : Promise.resolve([])), [key]);
  const drafts = useRef(new Map<string, Draft>());
  const [draftsVersion, setDraftsVersion] = useState(0);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const databaseProblem = useDatabaseProblem();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const deadline = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const articleRef = useRef(article);
  articleRef.current = article;

  const setDraft = useCallback((draft: Draft | null, id: string) => {
    if (draft) drafts.current.set(id, draft);
    else drafts.current.delete(id);
    if (draft && !draft.saved) journalDraft(withoutSavedFlag(draft));
    else forgetDraft(id);
    setDraftsVersion((v) => v + 1);
  }, []);

  const saveDrafts = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    if (deadline.current) clearTimeout(deadline.current);
    timer.current = null;
    deadline.current = null;
    const pending = [...drafts.current.values()].filter(needsSaving);
    if (pending.length === 0) return;
    setStatus('saving');
    try {
      void requestPersistentStorage();
      for (const draft of pending) {
        const result = await saveNote(database(), draft.article, draft, { baseUpdatedAt: draft.baseUpdatedAt });
        const latest = drafts.current.get(draft.id);
        if (result.status === 'kept-as-copy') {
          setDraft(null, draft.id);
          setNotice(t('notesKeptAsCopy'));
        }
        // Typed more while saving: the newer text stays unsaved, now based on what was just stored.
        const typedSince = latest !== undefined && latest !== draft;
        const next = typedSince ? latest : draft;
        setDraft({ ...next, id: result.note.id, baseUpdatedAt: result.note.updatedAt, saved: !typedSince }, result.note.id);
      }
      setError(null);
      setStatus([...drafts.current.values()].some(needsSaving) ? 'pending' : 'saved');
    } catch (err) {
      setStatus('error');
      setError(`${await describeStorageProblem(err)} ${t('notesTextKept')}`);
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
    deadline.current ??= setTimeout(() => void flush(), SAVE_MAX_WAIT_MS);
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

  const storedWithDeleted = stored.status === 'ready' ? stored.value : [];
  const storedNotes = useMemo(() => storedWithDeleted.filter((n) => n.deletedAt === null), [storedWithDeleted]);
  // The empty note offered on an article without notes; its random id becomes the note's when the reader types.
  const firstNoteId = useMemo(() => newNoteId(), [key, storedNotes.length === 0]);
  // No empty note while the stored ones load: one offered earlier would be replaced under the reader's cursor.
  // When they cannot load (no database here), the reader still gets one: the text is kept until a save can take it.
  const offeredNoteId = stored.status === 'loading' && databaseProblem === null ? null : firstNoteId;
  const notes = useMemo(
    () => mergeDrafts(storedWithDeleted, [...drafts.current.values()], key, offeredNoteId),
    [storedWithDeleted, key, offeredNoteId, draftsVersion],
  );

  const edit = useCallback(
    (id: string, change: Partial<Omit<NoteDraft, 'id'>>) => {
      const target = articleRef.current;
      if (!target) return;
      const storedNote = storedNotes.find((n) => n.id === id);
      const current = activeDraft(drafts.current.get(id), storedNote) ?? fromStored(storedNote, id, target);
      setDraft({ ...current, ...change, article: target, saved: false }, id);
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
      const neverSaved = drafts.current.get(id)?.saved === false && !storedNotes.some((n) => n.id === id);
      if (neverSaved) return setDraft(null, id);
      try {
        setDeleted((await deleteNote(database(), id)) ?? null);
        setDraft(null, id);
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

  const forgetDeleted = useCallback(() => setDeleted(null), []);

  const problem = databaseProblem ?? (stored.status === 'error' ? describeStorageError(stored.error) : null);
  const loadError = problem && `${problem} ${t('notesTextKept')}`;
  const shownStatus: SaveStatus = loadError ? 'error' : key !== null && stored.status === 'loading' ? 'loading' : status;
  return { notes, status: shownStatus, error: error ?? loadError, notice, deleted, edit, add, remove, undoDelete, forgetDeleted };
}

function needsSaving(draft: Draft): boolean {
  return !draft.saved && worthSaving(draft);
}

/** A note added but still empty is not worth a record. */
function worthSaving(draft: JournalledDraft): boolean {
  return draft.body.trim() !== '' || draft.baseUpdatedAt !== null;
}

/** The draft, unless it is saved and the stored note has caught up with it (or moved past it, from another window). */
function activeDraft(draft: Draft | undefined, stored: NoteRecord | undefined): Draft | undefined {
  if (!draft) return undefined;
  const superseded = draft.saved && stored !== undefined && stored.updatedAt >= (draft.baseUpdatedAt ?? 0);
  return superseded ? undefined : draft;
}

function fromStored(note: NoteRecord | undefined, id: string, article: ArticleMeta): Draft {
  return {
    id,
    article,
    body: note?.body ?? '',
    tags: note?.tags ?? [],
    attachment: note?.attachment ?? null,
    baseUpdatedAt: note?.updatedAt ?? null,
    saved: false,
  };
}

function withoutSavedFlag({ saved: _saved, ...draft }: Draft): JournalledDraft {
  return draft;
}

/**
 * Live notes with drafts laid over them, then drafts of notes not stored yet;
 * an article without notes offers one empty note to type in. A note deleted
 * elsewhere disappears unless this panel has unsaved text for it.
 */
function mergeDrafts(stored: NoteRecord[], drafts: Draft[], key: string | null, firstNoteId: string | null): EditableNote[] {
  const draftsHere = new Map(drafts.filter((d) => d.article.key === key).map((d) => [d.id, d]));
  const notes: EditableNote[] = [];
  for (const note of stored) {
    const draft = activeDraft(draftsHere.get(note.id), note);
    draftsHere.delete(note.id);
    if (note.deletedAt !== null && !draft) continue;
    notes.push({
      id: note.id,
      body: draft?.body ?? note.body,
      tags: draft?.tags ?? note.tags,
      attachment: draft?.attachment ?? note.attachment,
      createdAt: note.createdAt,
    });
  }
  for (const d of draftsHere.values()) notes.push({ id: d.id, body: d.body, tags: d.tags, attachment: d.attachment, createdAt: null });
  if (notes.length === 0 && key !== null && firstNoteId !== null) notes.push({ id: firstNoteId, body: '', tags: [], attachment: null, createdAt: null });
  return notes;
}

let recovery: Promise<void> | null = null;

/** Save drafts that closed panels left in the journal (once per page). */
function recoverOrphanedDrafts(): Promise<void> {
  recovery ??= (async () => {
    for (const journal of await orphanedJournals()) {
      try {
        for (const d of journal.drafts.filter(worthSaving)) await saveNote(database(), d.article, d, { baseUpdatedAt: d.baseUpdatedAt });
        await journal.release();
      } catch {
        // Left in the journal: the next panel tries again.
      }
    }
  })();
  return recovery;
}
