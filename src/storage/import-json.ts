/**
 * Importing a JSON export. Everything is checked before anything is written:
 * size (before reading the file), JSON syntax, format and version, every
 * field (valibot), ids unique and every record's article present. The merge
 * then runs in batches, each its own short transaction (articles first, so a
 * note is never written without its article), sized by how long the last one
 * took: the reader's saves in the panel wait at most for one batch, however
 * fast or loaded the machine, with progress and a cancel between batches. The
 * library runs all of it in a worker (`import-worker.ts`), so its page stays
 * free. A failure or a cancel stops between batches; what was written is
 * whole, and importing the file again finishes it. Batches commit without
 * waiting for the disk; one last commit that does wait ends the import.
 * A refusal is a message key with its substitutions: this code also runs
 * outside the extension (the storage bench), where there are no messages.
 */
import Dexie from 'dexie';
import type { Table } from 'dexie';
import * as v from 'valibot';
import type { MessageKey } from '../shared/i18n.ts';
import { inWriteTransaction } from './db.ts';
import type { ArticleRecord, HighlightRecord, NoteRecord, PolicyLensDb } from './db.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportOutlineSchema, OLDEST_IMPORTED_VERSION, recordSchemas } from './export-format.ts';
import type { ExportFile } from './export-format.ts';
import { deletedSinceExport, planMerge } from './merge.ts';
import type { MergePlan } from './merge.ts';
import { mergeActorChoices, mergeRemembered } from './memory/import.ts';
import { searchEntriesFor } from './search-index.ts';

/** Far above any real library (10,000 notes export to about 5 MB), far below what would hurt the panel. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Records in the import's first write transaction; later ones are sized by `nextBatchSize`. */
export const IMPORT_BATCH = 50;
/** How long one of the import's transactions should hold the tables: a panel's save that comes meanwhile waits about this long. */
export const BATCH_TARGET_MS = 60;
const SMALLEST_BATCH = 10;
const LARGEST_BATCH = 1_000;
/** Records validated between two pauses of the thread that checks them. */
const CHECK_SLICE = 2_000;

export interface ImportCounts {
  restored: number;
  added: number;
  updated: number;
  unchanged: number;
}
/** A message key for `t()` and its substitutions. */
export type ImportProblem = [MessageKey, ...string[]];
export type ImportResult =
  | { ok: true; counts: ImportCounts; cancelled: boolean }
  | { ok: false; problem: ImportProblem; counts?: ImportCounts };

export interface ImportOptions {
  /** Bring back notes and highlights deleted here after the file was made (ask the reader first: `countDeletedSinceExport`). */
  restoreDeleted?: boolean;
  /** Stops the import between two batches. */
  signal?: AbortSignal;
  /** Records merged so far, of all in the file. */
  onProgress?(done: number, total: number): void;
  now?: number;
  /** Milliseconds, for timing batches (tests give a steady one). */
  clock?(): number;
}

type Checked = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem };

/** Read and check a file the reader picked; its size is checked before a byte of it is read. */
export async function readExportFile(file: Blob): Promise<Checked> {
  if (file.size > MAX_IMPORT_BYTES) return failure('importFileTooBig', megabytes(file.size), megabytes(MAX_IMPORT_BYTES));
  return checkExportFile(await file.text());
}

/** Check, then merge (without restoring deletions): for callers that do not ask the reader. */
export async function importFile(db: PolicyLensDb, file: Blob, options: ImportOptions = {}): Promise<ImportResult> {
  const checked = await readExportFile(file);
  return checked.ok ? mergeExport(db, checked.file, options) : checked;
}

export async function importJson(db: PolicyLensDb, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const checked = await checkExportFile(text);
  return checked.ok ? mergeExport(db, checked.file, options) : checked;
}

export async function checkExportFile(text: string): Promise<Checked> {
  if (text.length > MAX_IMPORT_BYTES) return failure('importTextTooBig', megabytes(MAX_IMPORT_BYTES));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return failure('importNotJson');
  }
  const header = v.safeParse(v.object({ format: v.literal(EXPORT_FORMAT), version: v.number() }), raw);
  if (!header.success) return failure('importNotExport');
  const { version } = header.output;
  if (version > EXPORT_VERSION || version < OLDEST_IMPORTED_VERSION || !Number.isInteger(version)) {
    return failure(version > EXPORT_VERSION ? 'importNewerVersion' : 'importUnknownVersion', String(version));
  }
  const outline = v.safeParse(exportOutlineSchema, raw);
  if (!outline.success) return damaged(outline.issues[0], []);
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, articles: [], notes: [], highlights: [], memory: [], actorChoices: [] };
  for (const table of TABLES) {
    const records = outline.output[table];
    for (let i = 0; i < records.length; i++) {
      if (i > 0 && i % CHECK_SLICE === 0) await pause();
      const parsed = v.safeParse(recordSchemas[table], records[i]);
      if (!parsed.success) return damaged(parsed.issues[0], [table, i]);
      (file[table] as unknown[]).push(parsed.output);
    }
  }
  const problem = integrityProblem(file);
  return problem ? failure(...problem) : { ok: true, file };
}

const TABLES = ['articles', 'notes', 'highlights', 'memory', 'actorChoices'] as const;

function integrityProblem(file: ExportFile): ImportProblem | null {
  const articleKeys = new Set(file.articles.map((a) => a.key));
  if (articleKeys.size !== file.articles.length) return ['importDuplicateArticle'];
  const kinds = [
    [file.notes, 'importDuplicateNote', 'importOrphanNote'],
    [file.highlights, 'importDuplicateHighlight', 'importOrphanHighlight'],
  ] as const;
  for (const [records, duplicate, orphaned] of kinds) {
    if (new Set(records.map((r) => r.id)).size !== records.length) return [duplicate];
    const orphan = records.find((r) => !articleKeys.has(r.articleKey));
    if (orphan) return [orphaned, orphan.id];
  }
  return null;
}

/** Notes and highlights live in the file but deleted here since it was made: what the reader is offered to bring back. */
export async function countDeletedSinceExport(db: PolicyLensDb, file: ExportFile): Promise<number> {
  let count = 0;
  for (const [incoming, table] of [
    [file.notes, livingTable(db, 'notes')],
    [file.highlights, livingTable(db, 'highlights')],
  ] as const) {
    const known = await storedIds(table, incoming);
    for (let start = 0; start < incoming.length; start += IMPORT_BATCH) {
      const batch = incoming.slice(start, start + IMPORT_BATCH);
      const stored = await storedVersions(table, batch, known);
      count += batch.filter((record, i) => {
        const current = stored[i];
        return current !== undefined && deletedSinceExport(record, current);
      }).length;
    }
  }
  return count;
}

type LivingRecord = NoteRecord | HighlightRecord;
type LivingTable = Table<LivingRecord, string>;

/** Notes and highlights are merged alike: one table type for both. */
function livingTable(db: PolicyLensDb, kind: 'notes' | 'highlights'): LivingTable {
  return (kind === 'notes' ? db.notes : db.highlights) as unknown as LivingTable;
}

/** The ids a table holds, read in one request, so records the database has never seen are not looked up one by one. */
async function storedIds(table: LivingTable, incoming: LivingRecord[]): Promise<Set<string>> {
  return new Set(incoming.length > 0 ? await table.toCollection().primaryKeys() : []);
}

/** The stored version of each record, undefined for those whose id was not stored (in `known`). */
async function storedVersions(table: LivingTable, batch: LivingRecord[], known: Set<string>): Promise<(LivingRecord | undefined)[]> {
  const found = await table.bulkGet(batch.filter((r) => known.has(r.id)).map((r) => r.id));
  const byId = new Map(found.filter((r) => r !== undefined).map((r) => [r.id, r]));
  return batch.map((r) => byId.get(r.id));
}

/** Merge a checked file, batch by batch; stops between batches when cancelled. */
export async function mergeExport(db: PolicyLensDb, file: ExportFile, options: ImportOptions = {}): Promise<ImportResult> {
  const counts: ImportCounts = { restored: 0, added: 0, updated: 0, unchanged: 0 };
  const total = file.articles.length + file.notes.length + file.highlights.length + file.memory.length + file.actorChoices.length;
  const restoreAt = options.restoreDeleted ? (options.now ?? Date.now()) : null;
  const clock = options.clock ?? (() => performance.now());
  let done = 0;
  const known = { notes: await storedIds(livingTable(db, 'notes'), file.notes), highlights: await storedIds(livingTable(db, 'highlights'), file.highlights) };
  const sources: MergeSource[] = [
    mergeSource(file.articles, (batch, running) => mergeArticles(db, batch, running), true),
    mergeSource(byArticle(file.notes), (batch, running) => mergeLiving(db, 'notes', batch, restoreAt, known.notes, running), true),
    mergeSource(byArticle(file.highlights), (batch, running) => mergeLiving(db, 'highlights', batch, restoreAt, known.highlights, running), true),
    // Memory is merged like the rest but not counted: the reader is told about their notes and highlights.
    mergeSource(file.memory, (batch) => mergeRemembered(db, batch), false),
    mergeSource(file.actorChoices, (batch) => mergeActorChoices(db, batch), false),
  ];
  const stoppedBy = (error: unknown): ImportResult => {
    const reason = error instanceof Error ? error.message : String(error);
    return done === 0 ? failure('importNotSaved', reason) : { ok: false, problem: ['importStopped', reason, String(done), String(total)], counts };
  };
  const finished = (result: ImportResult) => commitDurably(db, file).then(() => result, stoppedBy);
  let size = IMPORT_BATCH;
  options.onProgress?.(0, total);
  for (const { length, merge, counted } of sources) {
    for (let start = 0; start < length; ) {
      if (options.signal?.aborted) return finished({ ok: true, counts, cancelled: true });
      const end = Math.min(length, start + size);
      try {
        // Timed from when the transaction runs (it may first wait for a save): how long it held the tables.
        let began = clock();
        const plan = await merge(start, end, () => (began = clock()));
        size = nextBatchSize(size, clock() - began);
        if (counted) for (const field of ['restored', 'added', 'updated', 'unchanged'] as const) counts[field] += plan[field];
        done += plan.restored + plan.added + plan.updated + plan.unchanged;
      } catch (error) {
        return stoppedBy(error);
      }
      start = end;
      options.onProgress?.(done, total);
      await pause();
    }
  }
  return finished({ ok: true, counts, cancelled: false });
}

interface MergeSource {
  length: number;
  /** Merge records `start` to `end`; `running` is called once the batch's transaction has begun to run, when it can tell. */
  merge(start: number, end: number, running: () => void): Promise<MergePlan<unknown>>;
  /** Notes, highlights and articles are counted for the reader; memory is not. */
  counted: boolean;
}

function mergeSource<T>(records: T[], merge: (batch: T[], running: () => void) => Promise<MergePlan<unknown>>, counted: boolean): MergeSource {
  return { length: records.length, merge: (start, end, running) => merge(records.slice(start, end), running), counted };
}

/**
 * The next batch's size from how long the last one held the tables: cut in
 * proportion when it took longer than the target (a loaded machine), grown
 * by half when it took less than half of it (fewer, larger transactions
 * write faster), kept otherwise.
 */
export function nextBatchSize(size: number, tookMs: number): number {
  if (tookMs > BATCH_TARGET_MS) return Math.max(SMALLEST_BATCH, Math.floor((size * BATCH_TARGET_MS) / tookMs));
  if (tookMs < BATCH_TARGET_MS / 2) return Math.min(LARGEST_BATCH, Math.ceil(size * 1.5));
  return size;
}

/**
 * The batches committed without waiting for the disk; an import is reported
 * done (or cancelled) only once the disk holds them: a last transaction that
 * waits for the disk (a strict commit flushes what committed before it). It
 * writes back an article the import merged, as it is stored.
 */
async function commitDurably(db: PolicyLensDb, file: ExportFile): Promise<void> {
  const key = file.articles[0]?.key;
  if (key === undefined) return;
  const tx = db.backendDB().transaction(['articles'], 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('articles');
  const read = store.get(key);
  read.onsuccess = () => {
    if (read.result !== undefined) store.put(read.result);
  };
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('the last commit of the import was aborted'));
  });
}

/** A batch then touches a few articles' counts, not one article per record. */
function byArticle<T extends { articleKey: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => (a.articleKey < b.articleKey ? -1 : a.articleKey > b.articleKey ? 1 : 0));
}

function mergeArticles(db: PolicyLensDb, batch: ExportFile['articles'], running: () => void) {
  return inWriteTransaction(db, async () => {
    const stored = await db.articles.bulkGet(batch.map((a) => a.key));
    running();
    const plan = planMerge(batch, stored);
    const storedByKey = new Map(stored.filter((a) => a !== undefined).map((a) => [a.key, a]));
    const records: ArticleRecord[] = plan.write.map((a) => ({
      ...a,
      noteCount: storedByKey.get(a.key)?.noteCount ?? 0,
      highlightCount: storedByKey.get(a.key)?.highlightCount ?? 0,
    }));
    await db.articles.bulkPut(records);
    await db.searchIndex.bulkPut([...records.map(searchEntriesFor.article), ...records.map(searchEntriesFor.summary)]);
    return plan;
  });
}

/**
 * A batch of notes or highlights, with their search entries and their
 * articles' counts. Records whose id was not stored when the import began
 * (`known`) are added without being read first; one another page stored
 * since is read and merged like the others, never overwritten.
 */
function mergeLiving(db: PolicyLensDb, kind: 'notes' | 'highlights', batch: LivingRecord[], restoreAt: number | null, known: Set<string>, running: () => void) {
  const table = livingTable(db, kind);
  // Words are found before the transaction: it holds the reader's saves back only for reads and writes.
  const entryFor = (record: LivingRecord) => (kind === 'notes' ? searchEntriesFor.note(record as NoteRecord) : searchEntriesFor.highlight(record as HighlightRecord));
  const entries = new Map(batch.map((r) => [r.id, entryFor(r)]));
  const entryOf = (record: LivingRecord) => entries.get(record.id) ?? entryFor(record);
  return inWriteTransaction(db, async () => {
    // The batch's articles first: their counts change below, and a first read tells when the transaction runs.
    const articles = await db.articles.bulkGet([...new Set(batch.map((r) => r.articleKey))]);
    running();
    const stored = await storedVersions(table, batch, known);
    const added = await addNew(table, batch.filter((_, i) => stored[i] === undefined));
    const storedSince = await table.bulkGet(batch.filter((r, i) => stored[i] === undefined && !added.has(r.id)).map((r) => r.id));
    const sinceById = new Map(storedSince.filter((r) => r !== undefined).map((r) => [r.id, r]));
    const current = batch.map((r, i) => stored[i] ?? sinceById.get(r.id));
    const plan = planMerge<LivingRecord>(batch, current, { restoreAt });
    await table.bulkPut(plan.write.filter((r) => !added.has(r.id)));
    await db.searchIndex.bulkPut(plan.write.filter((r) => r.deletedAt === null).map(entryOf));
    await db.searchIndex.bulkDelete(plan.write.filter((r) => r.deletedAt !== null).map((r) => entryOf(r).id));
    const before = new Map(current.filter((r) => r !== undefined).map((r) => [r.id, r]));
    await adjustCounts(db, kind === 'notes' ? 'noteCount' : 'highlightCount', plan.write, before, articles.filter((a) => a !== undefined));
    return plan;
  });
}

/** Add records as they are; returns the ids added (a record whose id another page stored meanwhile is left to the merge). */
async function addNew(table: LivingTable, records: LivingRecord[]): Promise<Set<string>> {
  try {
    await table.bulkAdd(records);
    return new Set(records.map((r) => r.id));
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const failed = new Set(Object.keys(error.failuresByPos).map(Number));
    return new Set(records.filter((_, i) => !failed.has(i)).map((r) => r.id));
  }
}

/**
 * Change each touched article's count by what the batch changed (a record
 * that became live adds one, one deleted takes one away): counting every
 * article's records again would make each batch slower than the one before.
 */
async function adjustCounts(
  db: PolicyLensDb,
  field: 'noteCount' | 'highlightCount',
  written: (NoteRecord | HighlightRecord)[],
  before: Map<string, NoteRecord | HighlightRecord>,
  read: ArticleRecord[],
): Promise<void> {
  const deltas = new Map<string, number>();
  const live = (r: { deletedAt: number | null } | undefined) => (r !== undefined && r.deletedAt === null ? 1 : 0);
  for (const record of written) {
    const previous = before.get(record.id);
    if (previous && previous.articleKey !== record.articleKey) deltas.set(previous.articleKey, (deltas.get(previous.articleKey) ?? 0) - live(previous));
    deltas.set(record.articleKey, (deltas.get(record.articleKey) ?? 0) + live(record) - (previous?.articleKey === record.articleKey ? live(previous) : 0));
  }
  // Only a record that moved to another article needs one not read yet.
  const articles = new Map(read.map((a) => [a.key, a]));
  const unread = [...deltas.keys()].filter((key) => !articles.has(key));
  for (const a of unread.length > 0 ? await db.articles.bulkGet(unread) : []) if (a) articles.set(a.key, a);
  const changed = [...deltas.keys()].flatMap((key) => articles.get(key) ?? []).map((a) => ({ ...a, [field]: Math.max(0, a[field] + (deltas.get(a.key) ?? 0)) }));
  await db.articles.bulkPut(changed);
}

/** Let the page paint and handle input, and let transactions queued by other pages run. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function damaged(issue: v.BaseIssue<unknown> | undefined, prefix: (string | number)[]): { ok: false; problem: ImportProblem } {
  const path = [...prefix, ...(issue?.path ?? []).map((item) => item.key as string | number)];
  return failure('importDamaged', `${describePath(path)} ${(issue?.message ?? '').replace(/^Invalid \w+: /, '').toLowerCase()}`);
}

function describePath(path: (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

function failure(...problem: ImportProblem): { ok: false; problem: ImportProblem } {
  return { ok: false, problem };
}
