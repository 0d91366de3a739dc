import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { reportCommittedChanges } from '../../../src/storage/backup-copy.ts';
import { exportJson } from '../../../src/storage/export-json.ts';
import { BATCH_TARGET_MS, checkExportFile, countDeletedSinceExport, IMPORT_BATCH, importFile, importJson, MAX_IMPORT_BYTES, nextBatchSize } from '../../../src/storage/import-json.ts';
import { deleteHighlight } from '../../../src/storage/highlights.ts';
import { mergeActors } from '../../../src/storage/memory/choices.ts';
import { recallForArticle } from '../../../src/storage/memory/recall.ts';
import { rememberArticle } from '../../../src/storage/memory/remember.ts';
import type { ArticleToRemember } from '../../../src/storage/memory/remember.ts';
import { planMerge } from '../../../src/storage/merge.ts';
import { deleteNote, notesForArticle, saveNote } from '../../../src/storage/notes.ts';
import { searchLibrary } from '../../../src/storage/search.ts';
import { inEnglish } from '../support/english-i18n.ts';
import { articleMeta, draft, freshDatabase, seedLibrary, SUMMARY } from './helpers.ts';

let db: PolicyLensDb;
let other: PolicyLensDb;

beforeEach(() => {
  db = freshDatabase();
  other = freshDatabase();
});
afterEach(async () => {
  await db.delete();
  await other.delete();
});

/** Everything stored, including derived tables, to prove a failed import changed nothing. */
async function snapshot(target: PolicyLensDb) {
  return {
    articles: await target.articles.toArray(),
    notes: await target.notes.toArray(),
    highlights: await target.highlights.toArray(),
    searchIndex: await target.searchIndex.toArray(),
  };
}

describe('JSON export and import', () => {
  test('export → import into an empty database → export gives identical bytes', async () => {
    await seedLibrary(db);
    const first = await exportJson(db);
    const result = await importJson(other, first);
    expect(result).toEqual({ ok: true, cancelled: false, counts: { restored: 0, added: 7, updated: 0, unchanged: 0 } });
    expect(await exportJson(other)).toBe(first);
    // Derived data is rebuilt: counts and search work in the imported copy.
    expect(await other.articles.get(articleMeta(1).key)).toMatchObject({ noteCount: 2, highlightCount: 1 });
    expect((await searchLibrary(other, 'numbers')).map((h) => h.id)).toEqual(['n1']);
    expect(await searchLibrary(other, 'deleted')).toEqual([]);
  });

  test('the export is versioned and complete, deleted notes included', async () => {
    await seedLibrary(db);
    const file = JSON.parse(await exportJson(db));
    expect(file).toMatchObject({ format: 'policy-lens-notes', version: 2, memory: [], actorChoices: [] });
    expect(file.notes.map((n: { id: string }) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(file.articles[0]).not.toHaveProperty('noteCount');
    expect(file.articles[0]).toMatchObject(SUMMARY);
  });

  test('importing the same file twice adds nothing', async () => {
    await seedLibrary(db);
    const text = await exportJson(db);
    await importJson(db, text);
    const again = await importJson(db, text);
    expect(again).toEqual({ ok: true, cancelled: false, counts: { restored: 0, added: 0, updated: 0, unchanged: 7 } });
    expect(await notesForArticle(db, articleMeta(1).key)).toHaveLength(2);
  });

  test('merge by id and updatedAt: newer incoming wins, older incoming is ignored, new ones are added', async () => {
    await seedLibrary(db);
    await importJson(other, await exportJson(db));
    // `other` edits n1 later; `db` edits n3 later and adds n5.
    await saveNote(other, articleMeta(1), draft('n1', 'edited in the other profile'), { baseUpdatedAt: 2_000, now: 10_000 });
    await saveNote(db, articleMeta(2), draft('n3', 'edited here, newer'), { baseUpdatedAt: 4_000, now: 11_000 });
    await saveNote(db, articleMeta(2), draft('n5', 'brand new'), { baseUpdatedAt: null, now: 12_000 });
    const result = await importJson(other, await exportJson(db));
    expect(result.ok && result.counts.added).toBe(1);
    const byId = new Map((await other.notes.toArray()).map((n) => [n.id, n.body]));
    expect(byId.get('n1')).toBe('edited in the other profile');
    expect(byId.get('n3')).toBe('edited here, newer');
    expect(byId.get('n5')).toBe('brand new');
    expect(await other.notes.count()).toBe(5);
  });

  test('planMerge: newer incoming wins (an edit or a deletion alike), equal time keeps what is stored, unknown ids are added', () => {
    const stored = [{ id: 'a', updatedAt: 5 }, { id: 'b', updatedAt: 9 }, undefined];
    const incoming = [{ id: 'a', updatedAt: 7 }, { id: 'b', updatedAt: 9 }, { id: 'c', updatedAt: 1 }];
    expect(planMerge(incoming, stored)).toEqual({ write: [incoming[0], incoming[2]], added: 1, updated: 1, restored: 0, unchanged: 1 });
  });
});

describe('restoring a backup', () => {
  test('notes and highlights deleted since the backup are offered back and restored, with exact counts', async () => {
    await seedLibrary(db);
    const backup = await exportJson(db);
    await deleteNote(db, 'n1', 20_000);
    await deleteHighlight(db, 'h1', 20_000);
    await saveNote(db, articleMeta(2), draft('n7', 'written after the backup'), { baseUpdatedAt: null, now: 21_000 });
    const checked = await checkExportFile(backup);
    if (!checked.ok) throw new Error('the backup was refused');
    // n4 was deleted before the backup too: not offered.
    expect(await countDeletedSinceExport(db, checked.file)).toBe(2);

    // Without the reader's word, deletions stay.
    const kept = await importJson(db, backup);
    expect(kept).toMatchObject({ ok: true, counts: { restored: 0, added: 0, updated: 0, unchanged: 7 } });
    expect((await notesForArticle(db, articleMeta(1).key)).map((n) => n.id)).toEqual(['n2']);

    const restored = await importJson(db, backup, { restoreDeleted: true, now: 30_000 });
    expect(restored).toEqual({ ok: true, cancelled: false, counts: { restored: 2, added: 0, updated: 0, unchanged: 5 } });
    expect((await notesForArticle(db, articleMeta(1).key)).map((n) => [n.id, n.deletedAt, n.updatedAt])).toEqual([
      ['n1', null, 30_000],
      ['n2', null, 3_000],
    ]);
    expect((await db.highlights.get('h1'))?.deletedAt).toBeNull();
    expect(await db.articles.get(articleMeta(1).key)).toMatchObject({ noteCount: 2, highlightCount: 1 });
    expect((await searchLibrary(db, 'visa numbers')).map((h) => h.id)).toEqual(['n1']);
    expect((await db.notes.get('n7'))?.deletedAt).toBeNull();
    expect((await db.notes.get('n4'))?.deletedAt).not.toBeNull();
  });
});

/** A clock by which every batch takes `perBatchMs` (each reading is that much after the last): batch sizes then follow from it alone. */
function clockWhereBatchesTake(perBatchMs: number): () => number {
  let now = 0;
  return () => (now += perBatchMs);
}
/** Batches on target keep their size: the first one's. */
const steady = { clock: clockWhereBatchesTake(BATCH_TARGET_MS) };

describe('large imports: batches, progress, cancel', () => {
  function bigExport(notes: number): string {
    const article = { key: 'https://big.example/a', url: 'https://big.example/a', title: 'Big', siteName: null, topic: null, stakeholders: [], createdAt: 1, updatedAt: 1 };
    const note = (i: number) => ({ id: `big-${i}`, articleKey: article.key, body: `levy note ${i}`, tags: [], attachment: null, createdAt: i, updatedAt: i, deletedAt: null });
    return JSON.stringify({ format: 'policy-lens-notes', version: 1, articles: [article], notes: Array.from({ length: notes }, (_, i) => note(i)), highlights: [] });
  }

  test('merges in batches of bounded size, reporting progress after each', async () => {
    const total = 2 * IMPORT_BATCH + 11;
    const progress: [number, number][] = [];
    const result = await importJson(db, bigExport(total - 1), { ...steady, onProgress: (done, all) => progress.push([done, all]) });
    expect(result).toMatchObject({ ok: true, cancelled: false, counts: { added: total } });
    expect(progress).toEqual([[0, total], [1, total], [IMPORT_BATCH + 1, total], [2 * IMPORT_BATCH + 1, total], [total, total]]);
    expect(await db.articles.get('https://big.example/a')).toMatchObject({ noteCount: total - 1 });
  }, 60_000);

  test('a cancel stops between batches; what was written is whole, and importing again finishes', async () => {
    const text = bigExport(3 * IMPORT_BATCH);
    const controller = new AbortController();
    const result = await importJson(db, text, { ...steady, signal: controller.signal, onProgress: (done) => done > IMPORT_BATCH && controller.abort() });
    expect(result).toMatchObject({ ok: true, cancelled: true, counts: { added: IMPORT_BATCH + 1 } });
    expect(await db.notes.count()).toBe(IMPORT_BATCH);
    expect(await db.articles.get('https://big.example/a')).toMatchObject({ noteCount: IMPORT_BATCH });
    const again = await importJson(db, text);
    expect(again).toMatchObject({ ok: true, counts: { added: 2 * IMPORT_BATCH, unchanged: IMPORT_BATCH + 1 } });
  }, 60_000);

  test('batches are sized by how long the last one held the tables: smaller when slow, larger when quick', async () => {
    const sizesWhenEach = async (perBatchMs: number) => {
      const progress: number[] = [];
      const target = freshDatabase();
      await importJson(target, bigExport(400), { clock: clockWhereBatchesTake(perBatchMs), onProgress: (done) => progress.push(done) });
      await target.delete();
      return progress.slice(1).map((done, i) => done - (progress[i] ?? 0));
    };
    // The article, then notes: a batch that took four times the target makes the next one a quarter the size, down to 10 records.
    expect((await sizesWhenEach(4 * BATCH_TARGET_MS)).slice(0, 4)).toEqual([1, Math.floor(IMPORT_BATCH / 4), 10, 10]);
    expect((await sizesWhenEach(BATCH_TARGET_MS / 4)).slice(0, 3)).toEqual([1, 1.5 * IMPORT_BATCH, Math.ceil(2.25 * IMPORT_BATCH)]);
    expect(nextBatchSize(IMPORT_BATCH, BATCH_TARGET_MS)).toBe(IMPORT_BATCH);
    expect(nextBatchSize(1_000, 0)).toBe(1_000);
  }, 60_000);

  test('the last transaction waits for the disk (strict durability), after every batch, before the import says it is done', async () => {
    const transactions: (string | undefined)[] = [];
    const open = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names, mode, options) {
      if (mode === 'readwrite') transactions.push(options?.durability ?? 'default');
      return open.call(this, names, mode, options);
    } as typeof open;
    try {
      const result = await importJson(db, bigExport(2 * IMPORT_BATCH), steady);
      expect(result).toMatchObject({ ok: true });
    } finally {
      IDBDatabase.prototype.transaction = open;
    }
    expect(transactions.length).toBeGreaterThan(2);
    expect(transactions.at(-1)).toBe('strict');
    expect(transactions.slice(0, -1)).not.toContain('strict');
  }, 60_000);
});

describe('large imports: what each batch writes', () => {
  test("a batch of notes rewrites the counts of few articles: notes are merged grouped by article, whatever the file's order", async () => {
    const articles = ['https://big.example/a', 'https://big.example/b'].map((key) => ({ key, url: key, title: 'Big', siteName: null, topic: null, stakeholders: [], createdAt: 1, updatedAt: 1 }));
    const notes = Array.from({ length: 2 * IMPORT_BATCH }, (_, i) => ({ id: `mixed-${i}`, articleKey: articles[i % 2]?.key, body: 'levy', tags: [], attachment: null, createdAt: i, updatedAt: i, deletedAt: null }));
    const articleWrites: number[] = [];
    reportCommittedChanges(db, (changes) => articleWrites.push(Object.keys(changes.set).filter((key) => key.startsWith('copy:article:')).length));
    const result = await importJson(db, JSON.stringify({ format: 'policy-lens-notes', version: 1, articles, notes, highlights: [] }), steady);
    expect(result).toMatchObject({ ok: true, counts: { added: 2 + 2 * IMPORT_BATCH } });
    // The articles themselves, then one article's count per batch of notes.
    expect(articleWrites).toEqual([2, 1, 1]);
    expect(await db.articles.bulkGet(articles.map((a) => a.key))).toMatchObject([{ noteCount: IMPORT_BATCH }, { noteCount: IMPORT_BATCH }]);
  });
});

describe('an import beside other pages', () => {
  test('a note another page saves once the import has begun is merged like a stored one: a newer one is never overwritten', async () => {
    await seedLibrary(other);
    const backup = await exportJson(other);
    let typed: Promise<unknown> | null = null;
    const result = await importJson(db, backup, {
      // Between the import's look at what is stored and its batch of notes, the panel saves n1 (new here, newer than the file's).
      onProgress: (done) => {
        if (done > 0) typed ??= saveNote(db, articleMeta(1), draft('n1', 'typed in the panel meanwhile'), { baseUpdatedAt: null, now: 50_000 });
      },
    });
    await typed;
    expect(result).toMatchObject({ ok: true, counts: { added: 6, unchanged: 1 } });
    expect(await db.notes.get('n1')).toMatchObject({ body: 'typed in the panel meanwhile', updatedAt: 50_000 });
    expect(await db.articles.get(articleMeta(1).key)).toMatchObject({ noteCount: 2, highlightCount: 1 });
    expect((await searchLibrary(db, 'meanwhile')).map((h) => h.id)).toEqual(['n1']);
  });
});

describe('malformed and hostile imports change nothing', () => {
  async function expectRejected(text: string, message: RegExp) {
    await seedLibrary(db);
    const before = await snapshot(db);
    const result = await importJson(db, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inEnglish(...result.problem)).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  }

  async function validExport(): Promise<Record<string, unknown> & { notes: Record<string, unknown>[] }> {
    await seedLibrary(other);
    return JSON.parse(await exportJson(other));
  }

  test('not JSON', async () => {
    await expectRejected('{"format": "policy-lens-notes", ', /not valid JSON/);
  });

  test('JSON that is not an export', async () => {
    await expectRejected('[1, 2, 3]', /not a Policy Lens notes export/);
  });

  test('a newer format version', async () => {
    const file = await validExport();
    await expectRejected(JSON.stringify({ ...file, version: 3 }), /newer Policy Lens.*Update the extension/);
  });

  test('a missing field names where it is missing', async () => {
    const file = await validExport();
    delete file.notes[1]!.body;
    await expectRejected(JSON.stringify(file), /notes\[1\]\.body/);
  });

  test('a note whose article is not in the file', async () => {
    const file = await validExport();
    file.notes[0]!.articleKey = 'https://elsewhere.example/';
    await expectRejected(JSON.stringify(file), /belongs to an article that is not in the file/);
  });

  test('a duplicated id', async () => {
    const file = await validExport();
    file.notes.push({ ...file.notes[0]!, body: 'twin' });
    await expectRejected(JSON.stringify(file), /id appears twice/);
  });

  test('a 50 MB file is refused by its size, before it is read', async () => {
    await seedLibrary(db);
    const before = await snapshot(db);
    let read = false;
    const huge = { size: 50 * 1024 * 1024, text: () => ((read = true), Promise.resolve('')) } as unknown as Blob;
    const result = await importFile(db, huge);
    expect(result).toEqual({ ok: false, problem: ['importFileTooBig', '50 MB', '20 MB'] });
    expect(read).toBe(false);
    expect(MAX_IMPORT_BYTES).toBeLessThan(50 * 1024 * 1024);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a failure inside a batch rolls that batch back (here the whole import, one batch)', async () => {
    await seedLibrary(db);
    const file = await validExport();
    file.notes.push({ ...file.notes[0]!, id: 'late', body: 'would be added' });
    const before = await snapshot(db);
    // Break the last write of the transaction: everything before it must be undone.
    const original = db.searchIndex.bulkDelete.bind(db.searchIndex);
    db.searchIndex.bulkDelete = () => Promise.reject(new Error('disk full')) as never;
    const result = await importJson(db, JSON.stringify(file));
    db.searchIndex.bulkDelete = original;
    // The articles' batch went through (changing nothing here); the notes' batch failed and was rolled back whole.
    expect(result).toMatchObject({ ok: false, problem: ['importStopped', 'disk full', '2', '8'] });
    expect(await snapshot(db)).toEqual(before);
  });

  test('script payloads and prototype keys are stored as inert text', async () => {
    const file = await validExport();
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>javascript:alert(3)';
    file.notes[0]!.body = payload;
    const hostile = JSON.stringify(file).replace('"format"', '"__proto__": {"polluted": true}, "format"');
    const result = await importJson(db, hostile);
    expect(result.ok).toBe(true);
    expect((await db.notes.get('n1'))?.body).toBe(payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('memory in the JSON export (format version 2)', () => {
  const remembered = (n: number, name: string): ArticleToRemember => ({
    key: `https://news.example/memory-${n}`,
    url: `https://news.example/memory-${n}`,
    title: `Remembered ${n}`,
    siteName: 'Harbour Herald',
    topic: 'Transportation',
    issue: 'a toll on the harbour bridge',
    stakeholders: [{ name, role: null, kind: 'person', stance: n === 1 ? 'supports' : 'opposes', on: null, evidence: [{ text: `${name} spoke.`, quote: { type: 'TextQuoteSelector', exact: `${name} spoke.`, prefix: '', suffix: '' } }] }],
    quotes: [{ text: 'The toll pays for the repairs', speaker: name }],
    engineVersion: '1.0.0',
    publishedAt: n * 1_000,
  });

  test('remembered articles and the reader\'s choices go out and come back, with recall rebuilt, byte for byte', async () => {
    await seedLibrary(db);
    await rememberArticle(db, remembered(1, 'Greta Lindqvist'), 10);
    await rememberArticle(db, remembered(2, 'Lindqvist'), 20);
    await mergeActors(db, 'Greta Lindqvist', 'G. Lindqvist', 30);
    const text = await exportJson(db);
    expect(JSON.parse(text).memory.map((a: { key: string }) => a.key)).toEqual(['https://news.example/memory-1', 'https://news.example/memory-2']);
    expect(JSON.parse(text).memory[0]).not.toHaveProperty('issueWords');

    const result = await importJson(other, text);
    // The counts the reader is shown are of notes, highlights and their articles.
    expect(result).toMatchObject({ ok: true, counts: { added: 7 } });
    expect(await exportJson(other)).toBe(text);
    expect((await recallForArticle(other, 'https://news.example/memory-2'))[0]?.earlier.map((p) => p.name)).toEqual(['Greta Lindqvist']);
    expect(await other.actorChoices.count()).toBe(1);
    // Again: nothing new.
    expect(await importJson(other, text)).toMatchObject({ ok: true, counts: { added: 0, unchanged: 7 } });
  });

  test('a version-1 file (no memory) still imports', async () => {
    await seedLibrary(db);
    const file = JSON.parse(await exportJson(db));
    delete file.memory;
    delete file.actorChoices;
    const result = await importJson(other, JSON.stringify({ ...file, version: 1 }));
    expect(result).toMatchObject({ ok: true, counts: { added: 7 } });
    expect(await other.memory.count()).toBe(0);
  });

  test('a damaged remembered article is refused before anything is written', async () => {
    await rememberArticle(db, remembered(1, 'Greta Lindqvist'), 10);
    const file = JSON.parse(await exportJson(db));
    file.memory[0].stakeholders[0].kind = 'planet';
    const result = await importJson(other, JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(await other.memory.count()).toBe(0);
  });
});
