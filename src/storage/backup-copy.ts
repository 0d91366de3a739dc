/**
 * A second, independent copy of every article, note and highlight, in the
 * extension's `storage.local` (a store of its own, apart from IndexedDB).
 * Chromium deletes an IndexedDB database it finds damaged, as after a disk
 * that filled mid-write; the copy outlives it, and the database restores
 * itself from the copy when it opens with fewer notes and highlights than
 * the copy holds.
 *
 * The copy follows the database by itself: every write to the three tables,
 * whoever makes it (panel, worker, library import), is copied once its
 * transaction commits. Records are soft-deleted, so a deletion is copied as
 * the record with its `deletedAt`, and a restore never brings a deleted note back.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { recountArticle } from './articles.ts';
import { inWriteTransaction } from './db.ts';
import type { ArticleRecord, HighlightRecord, NoteRecord, PolicyLensDb } from './db.ts';
import { planMerge } from './merge.ts';
import type { ActorChoice } from '../shared/actors/identity.ts';
import { searchEntriesFor } from './search-index.ts';

/** The part of `storage.local` the copy uses (so tests can give it a store in memory). */
export interface CopyArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Chromium 130+: the keys alone, so counting the copy does not read it. */
  getKeys?(): Promise<string[]>;
}

/** Memory's remembered articles are not copied (the panel remembers them again); the reader's actor choices are. */
const PREFIX = { articles: 'copy:article:', notes: 'copy:note:', highlights: 'copy:highlight:', actorChoices: 'copy:actor-choice:' } as const;
type CopiedTable = keyof typeof PREFIX;
/** Where a restore is announced, for whichever page shows it (see `restore-notice.ts`). */
export const RESTORE_NOTICE_KEY = 'notice:restored';
/** The newest `updatedAt` of a note or highlight copied: a database whose newest is older lost a change. */
const NEWEST_KEY = 'copy:newest';
/** Present while an import's changes are held back from the copy (`import-copy.ts`): still there at open, the copy missed some. */
const IMPORT_HELD_KEY = 'import:copy-held';

export interface RestoreNotice {
  notes: number;
  highlights: number;
  at: number;
}

/** `storage.local` in an extension context; null elsewhere (Node tests, a plain page). */
export function extensionLocalArea(): CopyArea | null {
  const api = (globalThis as { browser?: unknown; chrome?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
  return (api as { storage?: { local?: CopyArea } } | undefined)?.storage?.local ?? null;
}

/** Keep `db` and the copy in `area` together: restore or complete one from the other on open, copy every write. */
export function withBackupCopy(db: PolicyLensDb, area: CopyArea | null = extensionLocalArea()): PolicyLensDb {
  if (!area) return db;
  const writer = new CopyWriter(area);
  writers.set(db, writer);
  // A failed write is reported and retried by the writer itself.
  reportCommittedChanges(db, (changes) => void writer.write(changes).catch(() => {}));
  db.on('ready', (vipDb) => reconcileWithCopy(vipDb as PolicyLensDb, area).catch(reportCopyFailure), true);
  return db;
}

const writers = new WeakMap<PolicyLensDb, CopyWriter>();

/**
 * Copy changes committed through another connection to the same database (an
 * import's worker, which cannot reach `storage.local`) into `db`'s copy.
 * Resolves once the copy holds every change queued so far; rejects when a
 * write failed (what it held stays queued and is retried later).
 */
export function copyChanges(db: PolicyLensDb, changes: CopyChanges): Promise<void> {
  return writers.get(db)?.write(changes) ?? Promise.resolve();
}

/**
 * Say whether an import holds changes back from `db`'s copy: an import that
 * stops before handing them over (the page closed) leaves the mark, and the
 * next open brings every record the copy holds in another version up to date.
 */
export async function markImportHeld(db: PolicyLensDb, held: boolean): Promise<void> {
  const area = writers.get(db)?.area;
  if (area) await (held ? area.set({ [IMPORT_HELD_KEY]: Date.now() }) : area.remove([IMPORT_HELD_KEY]));
}

/** Hand `sink` what each transaction changed in the copied tables, once the transaction commits. */
export function reportCommittedChanges(db: PolicyLensDb, sink: (changes: CopyChanges) => void): void {
  db.use(copyingMiddleware(sink));
}

function copyingMiddleware(sink: (changes: CopyChanges) => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'policy-lens-backup-copy',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name in PREFIX ? copying(table, name as CopiedTable, sink) : table;
      },
    }),
  };
}

function copying(table: DBCoreTable, name: CopiedTable, sink: (changes: CopyChanges) => void): DBCoreTable {
  const keyOf = (record: unknown) => PREFIX[name] + String((record as { key?: string; id?: string })[name === 'articles' ? 'key' : 'id']);
  return {
    ...table,
    mutate: async (req: DBCoreMutateRequest) => {
      const result = await table.mutate(req);
      // A bulk add that meets a record already there fails for that one (an import's adds do): the copy keeps the stored one.
      const written = (_: unknown, i: number) => !(i in result.failures);
      if (req.type === 'put' || req.type === 'add') {
        afterCommit(req.trans, sink, { set: Object.fromEntries(req.values.filter(written).map((v) => [keyOf(v), v])), remove: [] });
      } else if (req.type === 'delete') {
        afterCommit(req.trans, sink, { set: {}, remove: req.keys.filter(written).map((k) => PREFIX[name] + String(k)) });
      }
      // 'deleteRange' (clearing a table) is never done to these tables: records are soft-deleted, choices deleted by key.
      return result;
    },
  };
}

/** What transactions changed, by key in the copy: records to set, keys to remove. */
export interface CopyChanges {
  set: Record<string, unknown>;
  remove: string[];
}

const pendingByTransaction = new WeakMap<object, CopyChanges>();

/** Gather a transaction's changes and copy them once it commits (an aborted one leaves the copy as it was). */
function afterCommit(trans: unknown, sink: (changes: CopyChanges) => void, changes: CopyChanges): void {
  const pending = pendingByTransaction.get(trans as object);
  if (pending) {
    Object.assign(pending.set, changes.set);
    pending.remove.push(...changes.remove);
    return;
  }
  pendingByTransaction.set(trans as object, changes);
  (trans as IDBTransaction).addEventListener('complete', () => sink(changes));
}

const REMOVED = Symbol('removed');
/** A first retry soon after a failure (a disk freed again), then less and less often. */
const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;
/**
 * Records per write to the copy. Changes pile up while a write is under way (an
 * import's batches come faster than `storage.local` takes them); one write of
 * them all would hold the page for as long as it takes to serialise them.
 */
const COPY_BATCH = 200;

/**
 * Writes changes to the copy, and keeps every change that has not landed in
 * memory until it has: a write that fails (a full disk) is tried again, later
 * changes to the same record replacing it, until it is written and reads back
 * as written. Without this, a note saved while the copy could not be written
 * would be missing from the copy for good, and lost with the database.
 */
export class CopyWriter {
  private readonly pending = new Map<string, unknown>();
  private running: Promise<unknown> | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly area: CopyArea) {}

  /**
   * Queue changes; resolves once nothing is pending (these changes and any
   * queued meanwhile landed), rejects when a write failed (they stay pending).
   */
  async write(changes: CopyChanges): Promise<void> {
    for (const [key, record] of Object.entries(changes.set)) this.pending.set(key, record);
    for (const key of changes.remove) this.pending.set(key, REMOVED);
    // A drain about to end may no longer look at what was just queued: wait for it, then drain again.
    while (this.pending.size > 0) {
      this.running ??= this.drain().finally(() => {
        this.running = null;
      });
      const failure = await this.running;
      if (failure !== null) throw failure;
    }
  }

  /** Write what is pending, batch by batch; returns the error that stopped it, if one did. */
  private async drain(): Promise<unknown> {
    while (this.pending.size > 0) {
      const batch = new Map<string, unknown>();
      for (const [key, record] of this.pending) {
        if (batch.size === COPY_BATCH) break;
        batch.set(key, record);
      }
      try {
        await writeBatch(this.area, batch);
        await verifyBatch(this.area, batch);
      } catch (error) {
        reportCopyFailure(error);
        this.retryLater();
        return error ?? new Error('the backup copy could not be written');
      }
      // A change made to a record while its older version was being written stays pending.
      for (const [key, record] of batch) if (this.pending.get(key) === record) this.pending.delete(key);
      this.retryMs = FIRST_RETRY_MS;
    }
    return null;
  }

  private retryLater(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.write({ set: {}, remove: [] }).catch(() => {});
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
  }
}

async function writeBatch(area: CopyArea, batch: Map<string, unknown>): Promise<void> {
  const set = Object.fromEntries([...batch].filter(([, record]) => record !== REMOVED));
  const remove = [...batch].filter(([, record]) => record === REMOVED).map(([key]) => key);
  const newest = Object.entries(set)
    .filter(([key]) => key.startsWith(PREFIX.notes) || key.startsWith(PREFIX.highlights))
    .reduce((max, [, record]) => Math.max(max, (record as { updatedAt: number }).updatedAt), 0);
  if (Object.keys(set).length > 0) await area.set(newest > 0 ? { ...set, [NEWEST_KEY]: newest } : set);
  if (remove.length > 0) await area.remove(remove);
}

/** A write reported done is trusted only once it reads back: each record present in its version, each removed one gone. */
async function verifyBatch(area: CopyArea, batch: Map<string, unknown>): Promise<void> {
  const stored = await area.get([...batch.keys()]);
  const version = (record: unknown) => (record as { updatedAt?: unknown } | undefined)?.updatedAt;
  const missing = [...batch].filter(([key, record]) => (record === REMOVED ? key in stored : !(key in stored) || version(stored[key]) !== version(record)));
  if (missing.length > 0) throw new Error(`${missing.length} records did not read back from the copy`);
}

function reportCopyFailure(error: unknown): void {
  console.warn('Policy Lens: the backup copy could not be updated:', error);
}

/**
 * On open: a database that lacks a note or highlight the copy has, or whose
 * newest change is older than the copy's, lost some (or all): restore from
 * the copy. Records the copy lacks (written before it existed, or while the
 * disk was full) are added to it. Only keys and the newest time are read,
 * unless something must be restored.
 */
export async function reconcileWithCopy(db: PolicyLensDb, area: CopyArea): Promise<void> {
  const copyKeys = new Set(area.getKeys ? await area.getKeys() : Object.keys(await area.get(null)));
  const [noteIds, highlightIds, newestNote, newestHighlight, copyNewest] = await Promise.all([
    db.notes.toCollection().primaryKeys(),
    db.highlights.toCollection().primaryKeys(),
    db.notes.orderBy('updatedAt').last(),
    db.highlights.orderBy('updatedAt').last(),
    area.get([NEWEST_KEY]).then((items) => Number(items[NEWEST_KEY] ?? 0)),
  ]);
  const inDatabase = new Set([...noteIds.map((id) => PREFIX.notes + id), ...highlightIds.map((id) => PREFIX.highlights + id)]);
  const databaseNewest = Math.max(newestNote?.updatedAt ?? 0, newestHighlight?.updatedAt ?? 0);
  const lost = [...copyKeys].some((k) => (k.startsWith(PREFIX.notes) || k.startsWith(PREFIX.highlights)) && !inDatabase.has(k));
  if (lost || copyNewest > databaseNewest) {
    const restored = await restoreFromCopy(db, area);
    if (restored.notes + restored.highlights > 0) await area.set({ [RESTORE_NOTICE_KEY]: { ...restored, at: Date.now() } });
  }
  if (copyKeys.has(IMPORT_HELD_KEY)) return catchUpAfterImport(db, area);
  const notCopied = [...inDatabase].filter((k) => !copyKeys.has(k));
  if (notCopied.length > 0) {
    const ids = (prefix: string) => notCopied.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    const notes = (await db.notes.bulkGet(ids(PREFIX.notes))).filter((n) => n !== undefined);
    const highlights = (await db.highlights.bulkGet(ids(PREFIX.highlights))).filter((h) => h !== undefined);
    const articles = (await db.articles.bulkGet([...new Set([...notes, ...highlights].map((r) => r.articleKey))])).filter((a) => a !== undefined);
    await area.set({
      ...recordsByKey(PREFIX.articles, articles, (a) => a.key),
      ...recordsByKey(PREFIX.notes, notes, (n) => n.id),
      ...recordsByKey(PREFIX.highlights, highlights, (h) => h.id),
    });
  }
}

/**
 * An import stopped while it held its changes back: it may have updated records
 * the copy holds in an older version, so every record is compared (the whole
 * copy is read: this happens only after such an import), and the copy is
 * brought up to date a bounded number at a time.
 */
async function catchUpAfterImport(db: PolicyLensDb, area: CopyArea): Promise<void> {
  const copy = await area.get(null);
  // Choices are never edited: one the copy has is current.
  const versionOf = (record: unknown) => (record === undefined ? undefined : ((record as { updatedAt?: unknown }).updatedAt ?? null));
  const differing = <T>(prefix: string, records: T[], keyOf: (record: T) => string) =>
    records.filter((r) => versionOf(copy[prefix + keyOf(r)]) !== versionOf(r)).map((r): [string, T] => [prefix + keyOf(r), r]);
  const notes = await db.notes.toArray();
  const highlights = await db.highlights.toArray();
  const stale = [
    ...differing(PREFIX.articles, await db.articles.toArray(), (a) => a.key),
    ...differing(PREFIX.notes, notes, (n) => n.id),
    ...differing(PREFIX.highlights, highlights, (h) => h.id),
    ...differing(PREFIX.actorChoices, await db.actorChoices.toArray(), (c) => c.id),
  ];
  for (let start = 0; start < stale.length; start += COPY_BATCH) await area.set(Object.fromEntries(stale.slice(start, start + COPY_BATCH)));
  const newest = [...notes, ...highlights].reduce((max, r) => Math.max(max, r.updatedAt), Number(copy[NEWEST_KEY] ?? 0));
  await area.set({ [NEWEST_KEY]: newest });
  await area.remove([IMPORT_HELD_KEY]);
}

function recordsByKey<T>(prefix: string, records: T[], keyOf: (record: T) => string): Record<string, T> {
  return Object.fromEntries(records.map((r) => [prefix + keyOf(r), r]));
}

/** Put back every record the database lacks or holds in an older version; returns how many live notes and highlights came back. */
export async function restoreFromCopy(db: PolicyLensDb, area: CopyArea): Promise<Omit<RestoreNotice, 'at'>> {
  const copy = await area.get(null);
  const articles = valuesUnder<ArticleRecord>(copy, PREFIX.articles, (a) => typeof a.key === 'string');
  const notes = valuesUnder<NoteRecord>(copy, PREFIX.notes, isLiveOrDeletedRecord);
  const highlights = valuesUnder<HighlightRecord>(copy, PREFIX.highlights, isLiveOrDeletedRecord);
  await restoreActorChoices(db, valuesUnder<ActorChoice>(copy, PREFIX.actorChoices, (c) => typeof c.id === 'string' && typeof c.at === 'number'));
  return inWriteTransaction(db, async () => {
    const restoredArticles = planMerge(articles, await db.articles.bulkGet(articles.map((a) => a.key))).write;
    const restoredNotes = planMerge(notes, await db.notes.bulkGet(notes.map((n) => n.id))).write;
    const restoredHighlights = planMerge(highlights, await db.highlights.bulkGet(highlights.map((h) => h.id))).write;
    await db.articles.bulkPut(restoredArticles);
    await db.notes.bulkPut(restoredNotes);
    await db.highlights.bulkPut(restoredHighlights);
    const liveNotes = restoredNotes.filter((n) => n.deletedAt === null);
    const liveHighlights = restoredHighlights.filter((h) => h.deletedAt === null);
    await db.searchIndex.bulkPut([
      ...restoredArticles.map((a) => searchEntriesFor.article(a)),
      ...liveNotes.map((n) => searchEntriesFor.note(n)),
      ...liveHighlights.map((h) => searchEntriesFor.highlight(h)),
    ]);
    const touched = new Set([...restoredNotes, ...restoredHighlights].map((r) => r.articleKey));
    for (const key of touched) await recountArticle(db, key);
    return { notes: liveNotes.length, highlights: liveHighlights.length };
  });
}

/** The reader's merges and splits the database lacks (choices are never edited, only added and removed). */
async function restoreActorChoices(db: PolicyLensDb, choices: ActorChoice[]): Promise<void> {
  const stored = new Set(await db.actorChoices.toCollection().primaryKeys());
  await db.actorChoices.bulkPut(choices.filter((c) => !stored.has(c.id)));
}

function valuesUnder<T>(copy: Record<string, unknown>, prefix: string, valid: (value: T) => boolean): T[] {
  return Object.entries(copy)
    .filter(([key, value]) => key.startsWith(prefix) && typeof value === 'object' && value !== null && valid(value as T))
    .map(([, value]) => value as T);
}

function isLiveOrDeletedRecord(record: NoteRecord | HighlightRecord): boolean {
  return typeof record.id === 'string' && typeof record.articleKey === 'string' && typeof record.updatedAt === 'number';
}
