import type { ComponentChildren } from 'preact';
import type { Passage } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import type { HighlightRecord } from '../../storage/db.ts';
import { useUndoableDelete } from '../../shared/undoable-delete.ts';
import { fromKeyboard, UndoToast } from '../../shared/UndoToast.tsx';
import type { UserHighlights } from '../state/user-highlights.ts';
import { PassageButton } from './PassageButton.tsx';

/**
 * The reader's highlights on this article. Those the page no longer contains
 * are listed apart, never dropped: the reader decides to keep or delete them.
 */
export function HighlightList({ highlights, missing, notes, onReveal }: UserHighlights & { onReveal: (p: Passage) => void }) {
  const { deleted, remove, undo, forget } = useUndoableDelete();
  const found = highlights.filter((h) => !missing?.has(h.id));
  const lost = highlights.filter((h) => missing?.has(h.id));

  return (
    <div class="highlights">
      {highlights.length === 0 ? (
        <p class="empty">{t('highlightsEmpty')}</p>
      ) : null}
      <ul>
        {found.map((h) => (
          <HighlightItem key={h.id} highlight={h} notes={notes.get(h.id)} onDelete={(h, keyboard) => remove('highlight', h.id, keyboard)}>
            <PassageButton passage={asPassage(h)} onReveal={onReveal} label={t('showHighlight')}>
              <span class={`highlight-text colour-${h.colour}`}>{h.quote.exact}</span>
            </PassageButton>
          </HighlightItem>
        ))}
      </ul>
      {lost.length > 0 ? (
        <div class="orphans" role="group" aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">{t('orphansHeading')}</h3>
          <p class="hint">{t('orphansHint')}</p>
          <ul>
            {lost.map((h) => (
              <HighlightItem key={h.id} highlight={h} notes={notes.get(h.id)} onDelete={(h, keyboard) => remove('highlight', h.id, keyboard)} orphan>
                <span class="highlight-text">{h.quote.exact}</span>
              </HighlightItem>
            ))}
          </ul>
        </div>
      ) : null}
      {deleted ? <UndoToast key={deleted.id} text={t('highlightDeleted')} onUndo={undo} onLapse={forget} focus={deleted.keyboard} /> : null}
    </div>
  );
}

/** One highlight: its text (a button to show it on the page, when it is there), its notes, and Delete. */
function HighlightItem({
  highlight,
  notes,
  onDelete,
  orphan = false,
  children,
}: {
  highlight: HighlightRecord;
  notes: string[] | undefined;
  onDelete: (h: HighlightRecord, keyboard: boolean) => void;
  orphan?: boolean;
  children: ComponentChildren;
}) {
  return (
    <li class={orphan ? 'highlight orphan' : 'highlight'} data-highlight-id={highlight.id}>
      {children}
      <AttachedNotes bodies={notes} />
      <button type="button" class="link-button" onClick={(e) => onDelete(highlight, fromKeyboard(e))} aria-label={t('deleteHighlightLabel', highlight.quote.exact)}>
        {t('delete')}
      </button>
    </li>
  );
}

/** The reader's notes about a highlight, shown with it (they are edited in the Notes section). */
function AttachedNotes({ bodies }: { bodies: string[] | undefined }) {
  if (!bodies?.length) return null;
  return (
    <ul class="highlight-notes" aria-label={t('highlightNotesLabel')}>
      {bodies.map((body, i) => (
        <li key={i} class="highlight-note">
          {body}
        </li>
      ))}
    </ul>
  );
}

function asPassage(h: HighlightRecord): Passage {
  return { text: h.quote.exact, quote: h.quote, position: h.position };
}
