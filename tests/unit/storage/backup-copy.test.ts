import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyChanges, reportCommittedChanges, RESTORE_NOTICE_KEY, withBackupCopy } from '../../../src/storage/backup-copy.ts';
import type { CopyArea } from '../../../src/storage/backup-copy.ts';
import { openDatabase } from '../../../src/storage/db.ts';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { highlightsForArticle, saveHighlight } from '../../../src/storage/highlights.ts';
import { listLibrary } from '../../../src/storage/library.ts';
import { deleteNote, notesForArticle, saveNote } from '../../../src/storage/notes.ts';
import { searchLibrary } from '../../../src/storage/search.ts';
import { FaultyArea, MemoryArea } from './copy-areas.ts';
import { articleMeta, draft, quoteSelector } from './helpers.ts';

let opened = 0;
const open: PolicyLensDb[] = [];
function databaseWithCopy(area: CopyArea, name = `copy-test-${++opened}`): PolicyLensDb {
  const db = withBackupCopy(openDatabase(name), area);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const article = articleMeta(1);
const copiedKeys = (area: MemoryArea) => [...area.items.keys()].filter((k) => k !== 'copy:newest').sort();

describe('the backup copy', () => {
  test('every saved note, highlight and article is copied once its transaction commits, deletions too', async () => {
    const area = new MemoryArea();
    const db = databaseWithCopy(area);
    await saveNote(db, article, draft('n1', 'Ask about the appeal deadline'), { baseUpdatedAt: null, now: 1_000 });
    await saveHighlight(db, article, { id: 'h1', quote: quoteSelector('the appeal'), position: { type: 'TextPositionSelector', start: 0, end: 10 }, colour: 'yellow' }, 2_000);
    await vi.waitFor(() => expect(copiedKeys(area)).toEqual([`copy:article:${article.key}`, 'copy:highlight:h1', 'copy:note:n1']));
    await deleteNote(db, 'n1', 3_000);
    await vi.waitFor(() => expect(area.items.get('copy:note:n1')).toMatchObject({ deletedAt: 3_000 }));
  });

  test('an add refused because the record is already there leaves the stored version in the copy', async () => {
    const area = new MemoryArea();
    const db = databaseWithCopy(area);
    await saveNote(db, article, draft('n1', 'the newer version'), { baseUpdatedAt: null, now: 2_000 });
    const older = { id: 'n1', articleKey: article.key, body: 'an older version', tags: [], attachment: null, createdAt: 1, updatedAt: 1, deletedAt: null };
    const other = { ...older, id: 'n2', body: 'new here' };
    await db.transaction('rw', db.notes, async () => {
      await db.notes.bulkAdd([older, other]).catch(() => undefined);
    });
    await vi.waitFor(() => expect(area.items.has('copy:note:n2')).toBe(true));
    expect(area.items.get('copy:note:n1')).toMatchObject({ body: 'the newer version' });
  });

  test('an aborted transaction leaves the copy as it was', async () => {
    const area = new MemoryArea();
    const db = databaseWithCopy(area);
    await expect(
      db.transaction('rw', db.notes, async () => {
        await db.notes.put({ id: 'n9', articleKey: article.key, body: 'never kept', tags: [], attachment: null, createdAt: 1, updatedAt: 1, deletedAt: null });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await saveNote(db, article, draft('n1', 'kept'), { baseUpdatedAt: null, now: 1_000 });
    await vi.waitFor(() => expect(area.items.has('copy:note:n1')).toBe(true));
    expect(area.items.has('copy:note:n9')).toBe(false);
  });

  test('a lost database is restored from the copy at open: notes, highlights, counts, search; deleted notes stay deleted', async () => {
    const area = new MemoryArea();
    const name = `copy-test-lost-${++opened}`;
    const first = databaseWithCopy(area, name);
    await saveNote(first, article, draft('n1', 'Ask about the appeal deadline'), { baseUpdatedAt: null, now: 1_000 });
    await saveNote(first, article, draft('n2', 'Dropped thought'), { baseUpdatedAt: null, now: 1_500 });
    await deleteNote(first, 'n2', 1_600);
    await saveHighlight(first, article, { id: 'h1', quote: quoteSelector('the appeal'), position: { type: 'TextPositionSelector', start: 0, end: 10 }, colour: 'yellow' }, 2_000);
    await vi.waitFor(() => expect(area.items.get('copy:note:n2')).toMatchObject({ deletedAt: 1_600 }));
    await first.delete(); // what Chromium does to a database it finds damaged

    const reopened = databaseWithCopy(area, name);
    expect((await notesForArticle(reopened, article.key)).map((n) => n.body)).toEqual(['Ask about the appeal deadline']);
    expect((await highlightsForArticle(reopened, article.key)).map((h) => h.id)).toEqual(['h1']);
    expect(await listLibrary(reopened)).toEqual([expect.objectContaining({ key: article.key, noteCount: 1, highlightCount: 1 })]);
    expect((await searchLibrary(reopened, 'deadline')).length).toBeGreaterThan(0);
    expect(area.items.get(RESTORE_NOTICE_KEY)).toMatchObject({ notes: 1, highlights: 1 });
  });

  test('a database that lost some notes gets them back; newer stored versions win over older copies', async () => {
    const area = new MemoryArea();
    const db = databaseWithCopy(area);
    await saveNote(db, article, draft('n1', 'first'), { baseUpdatedAt: null, now: 1_000 });
    await saveNote(db, article, draft('n2', 'second'), { baseUpdatedAt: null, now: 1_000 });
    await vi.waitFor(() => expect(area.items.has('copy:note:n2')).toBe(true));
    // Behind the copy's back: one note lost, the other newer in the database than in the copy.
    await db.notes.delete('n1');
    await vi.waitFor(() => expect(area.items.has('copy:note:n1')).toBe(false));
    area.items.set('copy:note:n1', { id: 'n1', articleKey: article.key, body: 'first', tags: [], attachment: null, createdAt: 1_000, updatedAt: 1_000, deletedAt: null });
    area.items.set('copy:note:n2', { ...(area.items.get('copy:note:n2') as object), body: 'older', updatedAt: 500 });
    db.close();
    await db.open();
    expect((await notesForArticle(db, article.key)).map((n) => n.body)).toEqual(['first', 'second']);
  });

  test('a database that lost one note but holds another the copy lacks (as many records as the copy) gets the lost one back', async () => {
    const area = new MemoryArea();
    const db = databaseWithCopy(area);
    await saveNote(db, article, draft('n1', 'in both'), { baseUpdatedAt: null, now: 1_000 });
    await saveNote(db, article, draft('n2', 'lost by the database'), { baseUpdatedAt: null, now: 2_000 });
    await vi.waitFor(() => expect(area.items.has('copy:note:n2')).toBe(true));
    db.close();
    // Behind the copy's back: n2 lost, n3 written while the copy could not be.
    const plain = openDatabase(db.name);
    await plain.notes.delete('n2');
    await saveNote(plain, article, draft('n3', 'not in the copy'), { baseUpdatedAt: null, now: 500 });
    plain.close();
    await db.open();
    expect((await notesForArticle(db, article.key)).map((n) => n.body)).toEqual(['not in the copy', 'in both', 'lost by the database']);
    expect(area.items.has('copy:note:n3')).toBe(true);
  });

  test('a copy behind the database (notes from before the copy existed) is completed at open', async () => {
    const name = `copy-test-behind-${++opened}`;
    const plain = openDatabase(name);
    await saveNote(plain, article, draft('n1', 'written before the copy'), { baseUpdatedAt: null, now: 1_000 });
    plain.close();
    const area = new MemoryArea();
    const db = databaseWithCopy(area, name);
    await db.open();
    expect(copiedKeys(area)).toEqual([`copy:article:${article.key}`, 'copy:note:n1']);
    expect(area.items.has(RESTORE_NOTICE_KEY)).toBe(false);
  });

  test('a copy write that fails on a full disk is kept in memory and lands once there is room, with changes made meanwhile', async () => {
    const area = new FaultyArea();
    const db = databaseWithCopy(area);
    area.full = true;
    await saveNote(db, article, draft('n1', 'typed while the disk was full'), { baseUpdatedAt: null, now: 1_000 });
    await saveNote(db, article, draft('n2', 'also typed then'), { baseUpdatedAt: null, now: 1_100 });
    await saveNote(db, article, draft('n1', 'and changed again'), { baseUpdatedAt: 1_000, now: 1_200 });
    expect(copiedKeys(area)).toEqual([]);
    area.full = false;
    await vi.waitFor(() => expect(copiedKeys(area)).toEqual([`copy:article:${article.key}`, 'copy:note:n1', 'copy:note:n2']), { timeout: 5_000 });
    expect(area.items.get('copy:note:n1')).toMatchObject({ body: 'and changed again', updatedAt: 1_200 });
  });

  test('a copy write reported done that does not read back is written again', async () => {
    const area = new FaultyArea();
    const db = databaseWithCopy(area);
    area.dropping = true;
    await saveNote(db, article, draft('n1', 'said to be written'), { baseUpdatedAt: null, now: 1_000 });
    expect(copiedKeys(area)).toEqual([]);
    area.dropping = false;
    await vi.waitFor(() => expect(area.items.get('copy:note:n1')).toMatchObject({ body: 'said to be written' }), { timeout: 5_000 });
  });

  test('many changes at once (an import) are copied a bounded number at a time, so no write holds the page long', async () => {
    const area = new MemoryArea();
    const db = databaseWithCopy(area);
    const notes = Array.from({ length: 1_200 }, (_, i) => ({ id: `n${i}`, articleKey: article.key, body: `note ${i}`, tags: [], attachment: null, createdAt: i, updatedAt: i, deletedAt: null }));
    await db.notes.bulkPut(notes);
    await vi.waitFor(() => expect(copiedKeys(area)).toHaveLength(1_200));
    expect(Math.max(...area.writeSizes)).toBeLessThanOrEqual(201); // 200 records and the newest time
  });

  test('copyChanges never resolves with a change still to write: it rejects while the copy cannot take it, and resolves once the copy holds it', async () => {
    const area = new FaultyArea();
    const page = databaseWithCopy(area);
    await page.open();
    const note = { id: 'n1', articleKey: article.key, body: 'imported while the disk was full', tags: [], attachment: null, createdAt: 1, updatedAt: 1, deletedAt: null };
    area.full = true;
    await expect(copyChanges(page, { set: { 'copy:note:n1': note }, remove: [] })).rejects.toThrow(/NO_SPACE/);
    expect(copiedKeys(area)).toEqual([]);
    area.full = false;
    await copyChanges(page, { set: {}, remove: [] });
    expect(area.items.get('copy:note:n1')).toMatchObject({ body: 'imported while the disk was full' });
  });

  test("what another connection commits (an import's worker) reaches the copy once handed over, all of it when copyChanges resolves", async () => {
    const area = new MemoryArea();
    const name = `copy-test-worker-${++opened}`;
    const page = databaseWithCopy(area, name);
    await page.open();
    // The worker's connection has no copy of its own: it reports what it commits.
    const worker = openDatabase(name);
    reportCommittedChanges(worker, (changes) => void copyChanges(page, changes));
    const notes = Array.from({ length: 450 }, (_, i) => ({ id: `n${i}`, articleKey: article.key, body: `note ${i}`, tags: [], attachment: null, createdAt: i, updatedAt: i, deletedAt: null }));
    for (let start = 0; start < notes.length; start += 150) await worker.notes.bulkPut(notes.slice(start, start + 150));
    await worker.notes.update('n0', { deletedAt: 500, updatedAt: 500 });
    worker.close();
    await copyChanges(page, { set: {}, remove: [] });
    expect(copiedKeys(area)).toHaveLength(450);
    expect(area.items.get('copy:note:n0')).toMatchObject({ deletedAt: 500 });
    expect(area.items.get('copy:newest')).toBe(500);
  });
});
