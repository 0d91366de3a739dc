/**
 * Merge rules for imports: records are matched by id (articles by key); an
 * incoming record replaces a stored one only when its `updatedAt` is newer.
 * Equal times keep what is stored, so importing a file twice changes nothing.
 * One exception, on the reader's word: a note or highlight deleted after the
 * file was made (deleted here, live in the file) can be brought back.
 */
export interface MergePlan<T> {
  /** Records to write: new ones, newer versions of stored ones, and restored ones. */
  write: T[];
  added: number;
  updated: number;
  /** Deleted here after the file was made, and brought back from it. */
  restored: number;
  unchanged: number;
}

interface Mergeable {
  updatedAt: number;
  /** Notes and highlights only: articles are never deleted. */
  deletedAt?: number | null;
}

export interface RestoreOptions {
  /** When the reader agreed to bring back what was deleted since the file was made; null keeps deletions. */
  restoreAt: number | null;
}

export function planMerge<T extends Mergeable>(incoming: T[], stored: (T | undefined)[], options: RestoreOptions = { restoreAt: null }): MergePlan<T> {
  const plan: MergePlan<T> = { write: [], added: 0, updated: 0, restored: 0, unchanged: 0 };
  incoming.forEach((record, i) => {
    const current = stored[i];
    if (current === undefined) {
      plan.write.push(record);
      plan.added++;
    } else if (record.updatedAt > current.updatedAt) {
      plan.write.push(record);
      plan.updated++;
    } else if (options.restoreAt !== null && deletedSinceExport(record, current)) {
      // Restoring is a change made now: it wins a later merge with a copy that still has the deletion.
      plan.write.push({ ...record, updatedAt: Math.max(options.restoreAt, current.updatedAt + 1) });
      plan.restored++;
    } else {
      plan.unchanged++;
    }
  });
  return plan;
}

/** Live in the file, deleted here since (a deletion older than the file's copy is simply "updated"). */
export function deletedSinceExport(incoming: Mergeable, stored: Mergeable): boolean {
  return incoming.deletedAt === null && stored.deletedAt !== null && stored.deletedAt !== undefined && stored.updatedAt >= incoming.updatedAt;
}
