/**
 * The life of a note or a highlight, shared by both: stored live with its
 * search entry, or soft-deleted and restored. A deleted record stays (so undo
 * and imports can bring it back, and a deletion wins a merge by its newer
 * `updatedAt`), but it leaves the search index and the article's counts.
 */
import type { EntityTable } from 'dexie';
import { recountArticle } from './articles.ts';
import { inWriteTransaction } from './db.ts';
import type { HighlightRecord, NoteRecord, PolicyLensDb, SearchEntry } from './db.ts';

/** Store a live record and its search entry; a new or restored one changes its article's counts. */
export async function putLive<T extends NoteRecord | HighlightRecord>(
  db: PolicyLensDb,
  table: EntityTable<T, 'id'>,
  searchEntry: (record: T) => SearchEntry,
  record: T,
  before: T | undefined,
): Promise<T> {
  await table.put(record);
  await db.searchIndex.put(searchEntry(record));
  if (before?.deletedAt !== null) await recountArticle(db, record.articleKey);
  return record;
}

export async function setDeleted<T extends NoteRecord | HighlightRecord>(
  db: PolicyLensDb,
  table: EntityTable<T, 'id'>,
  searchEntry: (record: T) => SearchEntry,
  id: string,
  deleted: boolean,
  now: number,
): Promise<T | undefined> {
  return inWriteTransaction(db, async () => {
    const existing = await table.where('id').equals(id).first();
    if (!existing || (existing.deletedAt !== null) === deleted) return existing;
    const record = { ...existing, deletedAt: deleted ? now : null, updatedAt: now };
    await table.put(record);
    if (deleted) await db.searchIndex.delete(searchEntry(record).id);
    else await db.searchIndex.put(searchEntry(record));
    await recountArticle(db, record.articleKey);
    return record;
  });
}
