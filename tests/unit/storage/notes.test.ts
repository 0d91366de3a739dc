import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/storage/db.ts';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { deleteNote, notesForArticle, parseTags, restoreNote, saveNote } from '../../../src/storage/notes.ts';
import { searchLibrary } from '../../../src/storage/search.ts';
import { articleMeta, draft, freshDatabase } from './helpers.ts';

const article = articleMeta(1);
let db: PolicyLensDb;

beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('notes', () => {
  test('several notes per article, read back oldest first for their article only', async () => {
    await saveNote(db, article, draft('n2', 'second'), { baseUpdatedAt: null, now: 2000 });
    await saveNote(db, article, draft('n1', 'first', { tags: ['visa'] }), { baseUpdatedAt: null, now: 1000 });
    await saveNote(db, articleMeta(2), draft('n3', 'other'), { baseUpdatedAt: null, now: 1000 });
    const notes = await notesForArticle(db, article.key);
    expect(notes.map((n) => n.body)).toEqual(['first', 'second']);
    expect(notes[0]?.tags).toEqual(['visa']);
    expect(await db.articles.get(article.key)).toMatchObject({ noteCount: 2, highlightCount: 0 });
  });

  test('a page at another address (a variant sharing the key) cannot rename the stored article; its own address can', async () => {
    await saveNote(db, article, draft('n1', 'first'), { baseUpdatedAt: null, now: 1000 });
    const variant = { ...article, url: 'https://news.example/amp/story-1', title: 'Another title', siteName: 'Another site' };
    await saveNote(db, variant, draft('n2', 'second'), { baseUpdatedAt: null, now: 2000 });
    expect(await db.articles.get(article.key)).toMatchObject({ url: article.url, title: article.title, siteName: article.siteName, noteCount: 2 });
    await saveNote(db, { ...article, title: 'Updated headline' }, draft('n3', 'third'), { baseUpdatedAt: null, now: 3000 });
    expect(await db.articles.get(article.key)).toMatchObject({ url: article.url, title: 'Updated headline' });
  });

  test('saving again updates the note and keeps its creation time', async () => {
    await saveNote(db, article, draft('n1', 'draft'), { baseUpdatedAt: null, now: 1000 });
    const result = await saveNote(db, article, draft('n1', 'final'), { baseUpdatedAt: 1000, now: 2000 });
    expect(result.status).toBe('saved');
    const [note] = await notesForArticle(db, article.key);
    expect(note).toMatchObject({ body: 'final', createdAt: 1000, updatedAt: 2000, deletedAt: null });
  });

  test('a note changed in another window is not overwritten: the stale draft is kept as a new note', async () => {
    await saveNote(db, article, draft('n1', 'v1'), { baseUpdatedAt: null, now: 1000 });
    await saveNote(db, article, draft('n1', 'newer, from window B'), { baseUpdatedAt: 1000, now: 2000 });
    const result = await saveNote(db, article, draft('n1', 'stale edit from window A'), { baseUpdatedAt: 1000, now: 3000 });
    expect(result.status).toBe('kept-as-copy');
    const notes = await notesForArticle(db, article.key);
    expect(notes.map((n) => n.body)).toEqual(['newer, from window B', 'stale edit from window A']);
  });

  test('saving the text that is already stored is not a conflict (a retried save that had landed)', async () => {
    await saveNote(db, article, draft('n1', 'same'), { baseUpdatedAt: null, now: 1000 });
    const result = await saveNote(db, article, draft('n1', 'same'), { baseUpdatedAt: null, now: 2000 });
    expect(result.status).toBe('saved');
    expect(await notesForArticle(db, article.key)).toHaveLength(1);
  });

  test('delete is soft and undone by restore, with counts and search following', async () => {
    await saveNote(db, article, draft('n1', 'remember the ferry contract'), { baseUpdatedAt: null, now: 1000 });
    await deleteNote(db, 'n1', 2000);
    expect(await notesForArticle(db, article.key)).toEqual([]);
    expect((await db.articles.get(article.key))?.noteCount).toBe(0);
    expect(await searchLibrary(db, 'ferry')).toEqual([]);
    await restoreNote(db, 'n1', 3000);
    expect((await notesForArticle(db, article.key))[0]).toMatchObject({ body: 'remember the ferry contract', deletedAt: null, updatedAt: 3000 });
    expect((await db.articles.get(article.key))?.noteCount).toBe(1);
    expect((await searchLibrary(db, 'ferry')).map((h) => h.id)).toEqual(['n1']);
  });

  test('the article record is created with the note and updated after', async () => {
    await saveNote(db, article, draft('n1', 'x'), { baseUpdatedAt: null, now: 1000 });
    await saveNote(db, { ...article, title: 'A (updated)' }, draft('n1', 'y'), { baseUpdatedAt: 1000, now: 3000 });
    expect(await db.articles.get(article.key)).toMatchObject({ title: 'A (updated)', createdAt: 1000, updatedAt: 3000 });
  });

  test('notes survive closing and reopening the database', async () => {
    await saveNote(db, article, draft('n1', 'kept'), { baseUpdatedAt: null, now: 1000 });
    db.close();
    const reopened = openDatabase(db.name);
    expect((await notesForArticle(reopened, article.key))[0]?.body).toBe('kept');
    db = reopened;
  });

  test('tags are typed loosely and stored clean', () => {
    expect(parseTags(' #Visa, returns  #visa,,follow-up ')).toEqual(['visa', 'returns', 'follow-up']);
  });
});
