import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/storage/db.ts';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { notesForArticle, saveNote } from '../../../src/storage/notes.ts';

const article = { key: 'https://news.example/a', url: 'https://news.example/a?utm_source=x', title: 'A', siteName: 'News', topic: 'Health' };
let db: PolicyLensDb;
let name = 0;

beforeEach(() => {
  db = openDatabase(`test-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

describe('notes', () => {
  test('a saved note is read back for its article only', async () => {
    await saveNote(db, article, { id: 'n1', body: 'first thoughts' }, 1000);
    await saveNote(db, { ...article, key: 'https://news.example/b' }, { id: 'n2', body: 'other' }, 1000);
    const notes = await notesForArticle(db, article.key);
    expect(notes.map((n) => n.body)).toEqual(['first thoughts']);
  });

  test('saving again updates the note and keeps its creation time', async () => {
    await saveNote(db, article, { id: 'n1', body: 'draft' }, 1000);
    await saveNote(db, article, { id: 'n1', body: 'final' }, 2000);
    const [note] = await notesForArticle(db, article.key);
    expect(note).toMatchObject({ body: 'final', createdAt: 1000, updatedAt: 2000, deletedAt: null });
  });

  test('the article record is created with the note and updated after', async () => {
    await saveNote(db, article, { id: 'n1', body: 'x' }, 1000);
    await saveNote(db, { ...article, title: 'A (updated)' }, { id: 'n1', body: 'y' }, 3000);
    expect(await db.articles.get(article.key)).toMatchObject({ title: 'A (updated)', createdAt: 1000, updatedAt: 3000 });
  });

  test('soft-deleted notes are not listed', async () => {
    await saveNote(db, article, { id: 'n1', body: 'x' }, 1000);
    await db.notes.update('n1', { deletedAt: 2000 });
    expect(await notesForArticle(db, article.key)).toEqual([]);
  });

  test('notes survive closing and reopening the database', async () => {
    await saveNote(db, article, { id: 'n1', body: 'kept' }, 1000);
    db.close();
    const reopened = openDatabase(db.name);
    expect((await notesForArticle(reopened, article.key))[0]?.body).toBe('kept');
    db = reopened;
  });
});
