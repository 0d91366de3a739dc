import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Analysis } from '../../engine/types.ts';
import type { ArticleMeta } from '../../storage/articles.ts';
import { database } from '../../storage/db.ts';
import { articleMarkdownFor } from '../../storage/export-markdown.ts';
import { markdownLabels } from '../../shared/markdown-labels.ts';
import { articleSummaryOf } from '../../shared/article-meta.ts';
import { highlightsForArticle } from '../../storage/highlights.ts';
import { t } from '../../shared/i18n.ts';
import type { MessageKey } from '../../shared/i18n.ts';
import { UndoToast } from '../../shared/UndoToast.tsx';
import { useArticleNotes } from '../state/article-notes.ts';
import type { EditableNote, SaveStatus } from '../state/article-notes.ts';
import { attachmentOptions } from '../state/attachment-options.ts';
import { downloadText, fileNameFor } from '../state/download.ts';
import { useLiveQuery } from '../state/live-query.ts';
import { useStoredSummary } from '../state/stored-summary.ts';
import { NoteCard, noteBodyId } from './NoteCard.tsx';
import { prefersReducedMotion } from './SectionNav.tsx';

const STATUS_TEXT: Record<SaveStatus, MessageKey | null> = {
  loading: 'notesLoading',
  idle: null,
  pending: 'notesEditing',
  saving: 'notesSaving',
  saved: 'notesSaved',
  error: 'notesNotSaved',
};

const LIBRARY_PATH = 'src/library/index.html';

/**
 * The article's notes. `writeRequest` changes when the reader asks to write
 * a note from elsewhere in the panel: the cursor goes to an empty note (one
 * is added when every note has text).
 */
export function NotesEditor({ article, analysis, writeRequest }: { article: ArticleMeta | null; analysis: Analysis | null; writeRequest: number }) {
  const withSummary = useMemo(
    () => (article && analysis?.policy.isPolicy ? { ...article, summary: articleSummaryOf(analysis) } : article),
    [article, analysis],
  );
  const notes = useArticleNotes(withSummary);
  const [undoFocus, setUndoFocus] = useState(false);
  useFocusOnRequest(writeRequest, notes.notes, notes.add);
  const key = article?.key ?? null;
  const highlights = useLiveQuery(() => (key ? highlightsForArticle(database(), key) : Promise.resolve([])), [key]);
  useStoredSummary(withSummary, highlights.status === 'ready' ? highlights.value.length : 0);
  if (!article) return <p class="empty">{t('notesOnWebPages')}</p>;
  const options = attachmentOptions(analysis, highlights.status === 'ready' ? highlights.value : []);
  const statusText = STATUS_TEXT[notes.status];

  const exportMarkdown = async () => {
    const markdown = await articleMarkdownFor(database(), article.key, markdownLabels());
    if (markdown) downloadText(fileNameFor(article.title, 'md'), markdown, 'text/markdown');
  };

  return (
    <div class="notes">
      <ul class="note-list">
        {notes.notes.map((note, i) => (
          <NoteCard key={note.id} note={note} position={i + 1} options={options} onEdit={notes.edit} onDelete={(id, keyboard) => {
              setUndoFocus(keyboard);
              void notes.remove(id);
            }} />
        ))}
      </ul>
      <p class={`save-status status-${notes.status}`} role="status" aria-live="polite">
        {statusText ? t(statusText) : ''}
      </p>
      {notes.error ? (
        <p class="error" role="alert">
          {notes.error}
        </p>
      ) : null}
      {notes.notice ? <p class="notice">{notes.notice}</p> : null}
      {notes.deleted ? (
        <UndoToast key={notes.deleted.id} text={t('noteDeleted')} onUndo={() => void notes.undoDelete()} onLapse={notes.forgetDeleted} focus={undoFocus} />
      ) : null}
      <div class="note-actions">
        <button type="button" class="action" onClick={notes.add}>
          {t('notesAdd')}
        </button>
        <button type="button" class="action" onClick={() => void exportMarkdown()} disabled={notes.notes.every((n) => n.createdAt === null)}>
          {t('exportMarkdown')}
        </button>
        <button type="button" class="action" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PATH) })}>
          {t('openLibrary')}
        </button>
      </div>
    </div>
  );
}

function useFocusOnRequest(request: number, notes: EditableNote[], add: () => void): void {
  const waiting = useRef(false);
  useEffect(() => {
    if (request === 0) return;
    waiting.current = true;
    if (!notes.some((n) => n.body === '')) add();
    // Runs only for a new request; the effect below finishes it once the empty note is there.
  }, [request]);
  useEffect(() => {
    if (!waiting.current) return;
    const empty = notes.find((n) => n.body === '');
    const editor = empty && document.getElementById(noteBodyId(empty.id));
    if (!editor) return;
    waiting.current = false;
    editor.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    editor.focus({ preventScroll: true });
  });
}
