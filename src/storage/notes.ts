/** Reading and writing the reader's notes. */
import { touchArticle } from './articles.ts';
import { sameAttachment } from './attachments.ts';
import type { ArticleMeta } from './articles.ts';
import { inWriteTransaction } from './db.ts';
import type { NoteAttachment, NoteRecord, PolicyLensDb } from './db.ts';
import { searchEntriesFor } from './search-index.ts';
import { putLive, setDeleted } from './soft-delete.ts';

/** What an editor holds of a note: everything the reader can change. */
export interface NoteDraft {
  id: string;
  body: string;
  tags: string[];
  attachment: NoteAttachment | null;
}

export interface SaveOptions {
  /**
   * The stored `updatedAt` the draft was edited from (null for a new note). If
   * the stored note changed since (another window saved), the newer text is not
   * overwritten: the draft is kept as a new note instead.
   */
  baseUpdatedAt: number | null;
  now?: number;
}

export type SaveResult =
  | { status: 'saved'; note: NoteRecord }
  /** The stored note had changed; the draft was saved as `note`, a new note beside it. */
  | { status: 'kept-as-copy'; note: NoteRecord };

/** The article's notes, oldest first, without deleted ones. */
export async function notesForArticle(db: PolicyLensDb, articleKey: string): Promise<NoteRecord[]> {
  return (await notesForArticleWithDeleted(db, articleKey)).filter((n) => n.deletedAt === null);
}

/** Deleted ones too, for an editor that must tell a note deleted elsewhere from one it has not seen yet. */
export async function notesForArticleWithDeleted(db: PolicyLensDb, articleKey: string): Promise<NoteRecord[]> {
  return (await db.notes.where('articleKey').equals(articleKey).toArray()).sort(byCreation);
}

/**
 * Create or update a note and its article in one transaction, so a note never
 * exists without the article it belongs to, and never overwrites newer text.
 */
export async function saveNote(db: PolicyLensDb, article: ArticleMeta, draft: NoteDraft, options: SaveOptions): Promise<SaveResult> {
  const now = options.now ?? Date.now();
  return inWriteTransaction(db, async () => {
    await touchArticle(db, article, now);
    const existing = await db.notes.get(draft.id);
    const changedElsewhere = existing !== undefined && existing.updatedAt !== options.baseUpdatedAt;
    if (changedElsewhere && !(existing.deletedAt === null && sameContent(existing, draft))) {
      const copy = await writeNote(db, article.key, { ...draft, id: newNoteId() }, undefined, now);
      return { status: 'kept-as-copy', note: copy };
    }
    return { status: 'saved', note: await writeNote(db, article.key, draft, existing, now) };
  });
}

async function writeNote(db: PolicyLensDb, articleKey: string, draft: NoteDraft, existing: NoteRecord | undefined, now: number): Promise<NoteRecord> {
  const record: NoteRecord = {
    id: draft.id,
    articleKey,
    body: draft.body,
    tags: draft.tags,
    attachment: draft.attachment,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    deletedAt: null,
  };
  return putLive(db, db.notes, searchEntriesFor.note, record, existing);
}

/** Soft-delete a note; `restoreNote` undoes it. */
export function deleteNote(db: PolicyLensDb, id: string, now = Date.now()): Promise<NoteRecord | undefined> {
  return setDeleted(db, db.notes, searchEntriesFor.note, id, true, now);
}

export function restoreNote(db: PolicyLensDb, id: string, now = Date.now()): Promise<NoteRecord | undefined> {
  return setDeleted(db, db.notes, searchEntriesFor.note, id, false, now);
}

export function newNoteId(): string {
  return crypto.randomUUID();
}

/** Tags as the reader types them ("#visa, Returns"): trimmed, without '#', lower case, distinct. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,\s]+/)
    .map((t) => t.replace(/^#+/, '').trim().toLowerCase())
    .filter((t) => t.length > 0);
  return [...new Set(tags)];
}

function sameContent(note: NoteRecord, draft: NoteDraft): boolean {
  return (
    note.body === draft.body &&
    note.tags.join('\n') === draft.tags.join('\n') &&
    sameAttachment(note.attachment, draft.attachment)
  );
}

function byCreation(a: NoteRecord, b: NoteRecord): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}
