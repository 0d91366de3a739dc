/**
 * An article's notes and highlights in the library, on demand (read only once
 * the reader opens the list), each with Delete; the undo is the library's.
 */
import { useState } from 'preact/hooks';
import { database } from '../storage/db.ts';
import { highlightsForArticle } from '../storage/highlights.ts';
import { notesForArticle } from '../storage/notes.ts';
import { t } from '../shared/i18n.ts';
import type { Deletion } from '../shared/undoable-delete.ts';
import { fromKeyboard } from '../shared/UndoToast.tsx';
import { useLiveQuery } from '../sidepanel/state/live-query.ts';
import { snippetAround } from './snippet.ts';

export type DeleteItem = (kind: Deletion['kind'], id: string, keyboard: boolean) => void;

export function ArticleItems({ articleKey, onDelete }: { articleKey: string; onDelete: DeleteItem }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="library-items" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('libraryItemsToggle')}</summary>
      {open ? <ItemList articleKey={articleKey} onDelete={onDelete} /> : null}
    </details>
  );
}

function ItemList({ articleKey, onDelete }: { articleKey: string; onDelete: DeleteItem }) {
  const items = useLiveQuery(async () => {
    const db = database();
    const [notes, highlights] = await Promise.all([notesForArticle(db, articleKey), highlightsForArticle(db, articleKey)]);
    return [
      ...notes.map((n) => ({ kind: 'note' as const, id: n.id, text: n.body })),
      ...highlights.map((h) => ({ kind: 'highlight' as const, id: h.id, text: h.quote.exact })),
    ];
  }, [articleKey]);
  if (items.status !== 'ready') return null;
  return (
    <ul class="library-hits">
      {items.value.map((item) => (
        <li key={item.id} class={`library-hit hit-${item.kind}`} data-item-id={item.id}>
          <span class="hit-kind">{t(item.kind === 'note' ? 'libraryHitNote' : 'libraryHitHighlight')}</span> {snippetAround(item.text, '')}{' '}
          <button
            type="button"
            class="link-button"
            aria-label={t(item.kind === 'note' ? 'deleteNoteText' : 'deleteHighlightLabel', snippetAround(item.text, ''))}
            onClick={(e) => onDelete(item.kind, item.id, fromKeyboard(e))}
          >
            {t('delete')}
          </button>
        </li>
      ))}
    </ul>
  );
}
