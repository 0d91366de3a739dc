import { useEffect, useState } from 'preact/hooks';
import { sameAttachment } from '../../storage/attachments.ts';
import type { NoteDraft } from '../../storage/notes.ts';
import { parseTags } from '../../storage/notes.ts';
import { LIMITS } from '../../storage/export-format.ts';
import { t } from '../../shared/i18n.ts';
import { fromKeyboard } from '../../shared/UndoToast.tsx';
import type { AttachmentOption } from '../state/attachment-options.ts';
import { optionsIncluding } from '../state/attachment-options.ts';
import type { EditableNote } from '../state/article-notes.ts';

/** The id of a note's text box, so the panel can put the cursor there. */
export const noteBodyId = (id: string) => `note-body-${id}`;

interface NoteCardProps {
  note: EditableNote;
  /** 1-based, for labels that tell the notes apart to screen readers. */
  position: number;
  options: AttachmentOption[];
  onEdit(id: string, change: Partial<Omit<NoteDraft, 'id'>>): void;
  /** `keyboard`: the Delete button was pressed from the keyboard. */
  onDelete(id: string, keyboard: boolean): void;
}

export function NoteCard({ note, position, options, onEdit, onDelete }: NoteCardProps) {
  const choices = optionsIncluding(options, note.attachment);
  const selected = choices.findIndex((o) => sameAttachment(o.attachment, note.attachment));
  const bodyId = noteBodyId(note.id);
  return (
    <li class="note-card" data-note-id={note.id}>
      <label for={bodyId} class="visually-hidden">
        {t('noteLabel', position)}
      </label>
      <textarea
        id={bodyId}
        class="note-body"
        placeholder={t('notePlaceholder')}
        value={note.body}
        maxLength={LIMITS.noteChars}
        onInput={(e) => onEdit(note.id, { body: e.currentTarget.value })}
        rows={4}
      />
      <div class="note-meta">
        <label class="note-field note-about">
          <span>{t('noteAbout')}</span>
          <select value={String(selected)} onChange={(e) => onEdit(note.id, { attachment: choices[Number(e.currentTarget.value)]?.attachment ?? null })}>
            {choices.map((o, i) => (
              <option key={i} value={String(i)}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <TagsField tags={note.tags} onChange={(tags) => onEdit(note.id, { tags })} />
        {note.createdAt !== null || note.body !== '' ? (
          <button type="button" class="link-button note-delete" onClick={(e) => onDelete(note.id, fromKeyboard(e))} aria-label={t('deleteNoteLabel', position)}>
            {t('delete')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** Tags typed freely ("visa, #returns"); the text is kept as typed while the stored tags are its parsed form. */
function TagsField({ tags, onChange }: { tags: string[]; onChange(tags: string[]): void }) {
  const [text, setText] = useState(tags.join(', '));
  // Tags changed elsewhere (another panel, an import): show them unless the reader's text already says the same.
  useEffect(() => {
    if (parseTags(text).join() !== tags.join()) setText(tags.join(', '));
    // Keyed on the stored tags only: the reader's own typing must not reset the text.
  }, [tags.join()]);
  return (
    <label class="note-field">
      <span>{t('noteTags')}</span>
      <input
        type="text"
        class="note-tags"
        value={text}
        placeholder={t('noteTagsPlaceholder')}
        maxLength={LIMITS.tags * (LIMITS.tagChars + 2)}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onChange(parseTags(e.currentTarget.value).slice(0, LIMITS.tags).map((tag) => tag.slice(0, LIMITS.tagChars)));
        }}
      />
    </label>
  );
}
