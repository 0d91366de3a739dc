/**
 * The reader's note for an article, saved as they type. Saves are debounced
 * and flushed when the panel is hidden or closed, so closing it mid-sentence
 * keeps the sentence.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { database } from '../../storage/db.ts';
import { newNoteId, notesForArticle, saveNote } from '../../storage/notes.ts';
import type { ArticleMeta } from '../../storage/notes.ts';

export const SAVE_DELAY_MS = 400;

export type SaveStatus = 'loading' | 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface ArticleNote {
  body: string;
  status: SaveStatus;
  error: string | null;
  edit(body: string): void;
}

export function useArticleNote(article: ArticleMeta | null): ArticleNote {
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<SaveStatus>('loading');
  const [error, setError] = useState<string | null>(null);
  /** The note being edited for each article key this panel has shown. */
  const noteIds = useRef(new Map<string, string>());
  /** Text typed but not yet stored, with the article it was typed for. */
  const unsaved = useRef<{ article: ArticleMeta; body: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const articleRef = useRef(article);
  articleRef.current = article;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const pending = unsaved.current;
    if (!pending) return;
    const key = pending.article.key;
    const id = noteIds.current.get(key) ?? newNoteId();
    noteIds.current.set(key, id);
    setStatus('saving');
    try {
      await saveNote(database(), pending.article, { id, body: pending.body });
      if (unsaved.current === pending) unsaved.current = null;
      setStatus(unsaved.current === null ? 'saved' : 'pending');
      setError(null);
    } catch (err) {
      // Keep the text in the editor and in `unsaved`: the next keystroke or flush retries.
      setStatus('error');
      setError(describeStorageError(err));
    }
  }, []);

  // Load the note when the article changes, after saving what was typed for the previous one.
  const key = article?.key ?? null;
  useEffect(() => {
    let current = true;
    setBody('');
    if (key === null) {
      setStatus('idle');
      return undefined;
    }
    setStatus('loading');
    notesForArticle(database(), key)
      .then((notes) => {
        if (!current) return;
        const first = notes[0];
        if (first) noteIds.current.set(key, first.id);
        setBody(first?.body ?? '');
        setStatus('idle');
      })
      .catch((err: unknown) => {
        if (!current) return;
        setStatus('error');
        setError(describeStorageError(err));
      });
    return () => {
      current = false;
      // Save what was typed for this article before the next one is loaded.
      void flush();
    };
  }, [key, flush]);

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  const edit = useCallback(
    (next: string) => {
      setBody(next);
      const target = articleRef.current;
      if (!target) return;
      unsaved.current = { article: target, body: next };
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  return { body, status, error, edit };
}

function describeStorageError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(err))) {
    return 'Your browser is out of storage space for Policy Lens. Free some disk space; your text stays here until it can be saved.';
  }
  return 'Could not save your note. Your text stays here; it will be saved on your next edit.';
}
