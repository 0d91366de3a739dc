import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyChanges, markImportHeld, reportCommittedChanges, withBackupCopy } from '../../../src/storage/backup-copy.ts';
import type { CopyChanges } from '../../../src/storage/backup-copy.ts';
import { openDatabase } from '../../../src/storage/db.ts';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { COPY_CHUNK, HeldCopyChanges } from '../../../src/storage/import-copy.ts';
import { importJson } from '../../../src/storage/import-json.ts';
import { FaultyArea, MemoryArea } from './copy-areas.ts';

let opened = 0;
const databases: PolicyLensDb[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

/** The library page's connection (it keeps the copy) and an import worker's connection to the same database. */
function pageAndWorker(area: MemoryArea): { name: string; page: PolicyLensDb; worker: PolicyLensDb; held: HeldCopyChanges } {
  const name = `import-copy-test-${++opened}`;
  const page = withBackupCopy(openDatabase(name), area);
  const worker = openDatabase(name);
  const held = new HeldCopyChanges();
  reportCommittedChanges(worker, (changes) => held.hold(changes));
  databases.push(worker, page);
  return { name, page, worker, held };
}

/** An export of `notes` notes over ten articles, in words of its own. */
function exportOf(notes: number): string {
  const articles = Array.from({ length: 10 }, (_, i) => ({ key: `https://harbour.example/${i}`, url: `https://harbour.example/${i}`, title: `Levy ${i}`, siteName: null, topic: null, stakeholders: [], createdAt: i, updatedAt: i }));
  const records = Array.from({ length: notes }, (_, i) => ({ id: `held-${i}`, articleKey: articles[i % 10]?.key, body: `dock fees ${i}`, tags: [], attachment: null, createdAt: i, updatedAt: i, deletedAt: null }));
  return JSON.stringify({ format: 'policy-lens-notes', version: 1, articles, notes: records, highlights: [] });
}

const copiedNotes = (area: MemoryArea) => [...area.items.keys()].filter((key) => key.startsWith('copy:note:')).length;

// A thousand records in fake IndexedDB take seconds on a loaded machine.
describe("an import's changes to the backup copy", { timeout: 30_000 }, () => {
  test('nothing is written to the copy while batches run; afterwards all of it, in bounded writes, with progress to the end', async () => {
    const area = new MemoryArea();
    const { page, worker, held } = pageAndWorker(area);
    await page.open();
    const writesDuringBatches: number[] = [];
    const result = await importJson(worker, exportOf(1_200), { onProgress: () => writesDuringBatches.push(area.writeSizes.length) });
    expect(result).toMatchObject({ ok: true, counts: { added: 1_210 } });
    expect(writesDuringBatches.length).toBeGreaterThan(3);
    expect(Math.max(...writesDuringBatches)).toBe(0);
    expect(held.size).toBe(1_210);

    const progress: [number, number][] = [];
    await held.release((changes) => copyChanges(page, changes), (done, total) => progress.push([done, total]));
    expect(copiedNotes(area)).toBe(1_200);
    expect(area.items.get('copy:newest')).toBe(1_199);
    expect(progress).toEqual([[0, 1_210], [COPY_CHUNK, 1_210], [1_210, 1_210]]);
    expect(Math.max(...area.writeSizes)).toBeLessThanOrEqual(201); // 200 records and the newest time
    expect(held.size).toBe(0);
  });

  test('a later change to a held record replaces the earlier one; a removal is handed over as one', async () => {
    const held = new HeldCopyChanges();
    held.hold({ set: { 'copy:note:a': { body: 'first' }, 'copy:actor-choice:c': { id: 'c' } }, remove: [] });
    held.hold({ set: { 'copy:note:a': { body: 'second' } }, remove: ['copy:actor-choice:c'] });
    const handed: CopyChanges[] = [];
    await held.release(async (changes) => void handed.push(changes));
    expect(handed).toEqual([{ set: { 'copy:note:a': { body: 'second' } }, remove: ['copy:actor-choice:c'] }]);
  });

  test('a write the copy refuses (a full disk) fails the release, and the rest is still handed over: all of it lands once there is room', async () => {
    const area = new FaultyArea();
    const { page, worker, held } = pageAndWorker(area);
    await page.open();
    await importJson(worker, exportOf(1_200));
    area.full = true;
    await expect(held.release((changes) => copyChanges(page, changes))).rejects.toThrow(/NO_SPACE/);
    expect(copiedNotes(area)).toBe(0);
    area.full = false;
    await copyChanges(page, { set: {}, remove: [] });
    expect(copiedNotes(area)).toBe(1_200);
  });

  test('an import that stopped while holding its changes (the page closed) leaves a mark: the next open brings the copy up to date, updated records too', async () => {
    const area = new MemoryArea();
    const { name, page, worker } = pageAndWorker(area);
    await importJson(page, exportOf(3));
    expect(area.items.get('copy:note:held-0')).toMatchObject({ body: 'dock fees 0' });
    await markImportHeld(page, true);
    // The import's worker updates one note and adds another; the page closes before handing them to the copy.
    const stored = await worker.notes.get('held-0');
    if (!stored) throw new Error('the imported note is not stored');
    await worker.notes.put({ ...stored, body: 'dock fees, revised', updatedAt: 9_000 });
    await worker.notes.put({ ...stored, id: 'held-new', body: 'pilotage dues', updatedAt: 9_001 });
    page.close();
    const reopened = withBackupCopy(openDatabase(name), area);
    databases.push(reopened);
    await reopened.open();
    await vi.waitFor(() => expect(area.items.has('import:copy-held')).toBe(false));
    expect(area.items.get('copy:note:held-0')).toMatchObject({ body: 'dock fees, revised', updatedAt: 9_000 });
    expect(area.items.get('copy:note:held-new')).toMatchObject({ body: 'pilotage dues' });
    expect(area.items.get('copy:newest')).toBe(9_001);
  });
});
