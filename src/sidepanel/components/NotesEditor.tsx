import type { ArticleMeta } from '../../storage/notes.ts';
import { useArticleNote } from '../state/article-note.ts';
import type { SaveStatus } from '../state/article-note.ts';

const STATUS_TEXT: Record<SaveStatus, string> = {
  loading: 'Loading…',
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved on this device',
  error: 'Not saved',
};

export function NotesEditor({ article }: { article: ArticleMeta | null }) {
  const note = useArticleNote(article);
  if (!article) return <p class="empty">Notes are available on web pages.</p>;
  return (
    <div class="notes">
      <label for="note-body" class="visually-hidden">
        Your notes on this article
      </label>
      <textarea
        id="note-body"
        class="note-body"
        placeholder="Write your notes on this article…"
        value={note.body}
        disabled={note.status === 'loading'}
        onInput={(e) => note.edit(e.currentTarget.value)}
        rows={6}
      />
      <p class={`save-status status-${note.status}`} role="status" aria-live="polite">
        {STATUS_TEXT[note.status]}
      </p>
      {note.error ? (
        <p class="error" role="alert">
          {note.error}
        </p>
      ) : null}
    </div>
  );
}
