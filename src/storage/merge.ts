/**
 * Merge rules for imports: records are matched by id (articles by key); an
 * incoming record replaces a stored one only when its `updatedAt` is newer.
 * Equal times keep what is stored, so importing a file twice changes nothing.
 */
export interface MergePlan<T> {
  /** Records to write: new ones and newer versions of stored ones. */
  write: T[];
  added: number;
  updated: number;
  unchanged: number;
}

export function planMerge<T extends { updatedAt: number }>(incoming: T[], stored: (T | undefined)[]): MergePlan<T> {
  const plan: MergePlan<T> = { write: [], added: 0, updated: 0, unchanged: 0 };
  incoming.forEach((record, i) => {
    const current = stored[i];
    if (current === undefined) {
      plan.write.push(record);
      plan.added++;
    } else if (record.updatedAt > current.updatedAt) {
      plan.write.push(record);
      plan.updated++;
    } else {
      plan.unchanged++;
    }
  });
  return plan;
}
