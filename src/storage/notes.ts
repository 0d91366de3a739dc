/** Reading and writing the reader's notes. */
import type { ArticleRecord, NoteRecord, PolicyLensDb } from './db.ts';

export type ArticleMeta = Pick<ArticleRecord, 'key' | 'url' | 'title' | 'siteName' | 'topic'>;

/** The article's notes, oldest first, without deleted ones. */
export async function notesForArticle(db: PolicyLensDb, articleKey: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('articleKey').equals(articleKey).toArray();
  return notes.filter((n) => n.deletedAt === null).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/**
 * Create or update a note and its article in one transaction, so a note never
 * exists without the article it belongs to.
 */
export async function saveNote(
  db: PolicyLensDb,
  article: ArticleMeta,
  note: { id: string; body: string },
  now = Date.now(),
): Promise<NoteRecord> {
  return db.transaction('rw', db.articles, db.notes, async () => {
    const existingArticle = await db.articles.get(article.key);
    await db.articles.put({ ...article, createdAt: existingArticle?.createdAt ?? now, updatedAt: now });
    const existing = await db.notes.get(note.id);
    const record: NoteRecord = {
      id: note.id,
      articleKey: article.key,
      body: note.body,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      deletedAt: null,
    };
    await db.notes.put(record);
    return record;
  });
}

export function newNoteId(): string {
  return crypto.randomUUID();
}
