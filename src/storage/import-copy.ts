/**
 * What an import's batches commit, held for the backup copy until the last
 * batch is done, then handed to it in bounded chunks. Handed over batch by
 * batch, the copy's writes (hundreds of records serialised, stored and read
 * back, many times a second) ran alongside the batches' transactions and
 * slowed them, and a reader's save waits for the transaction under way.
 * A reader's own saves reach the copy at once, as ever: only the import's
 * changes wait. Should the page close mid-import, the mark the import left
 * (`markImportHeld`) has the next open bring the copy up to date.
 */
import type { CopyChanges } from './backup-copy.ts';

/** Records handed to the copy at a time: progress moves on between two (the copy itself writes fewer at once). */
export const COPY_CHUNK = 1_000;

const REMOVED = Symbol('removed');

export class HeldCopyChanges {
  private readonly held = new Map<string, unknown>();

  /** Keep a batch's changes; a later change to the same record replaces the earlier one. */
  hold(changes: CopyChanges): void {
    for (const [key, record] of Object.entries(changes.set)) this.held.set(key, record);
    for (const key of changes.remove) this.held.set(key, REMOVED);
  }

  get size(): number {
    return this.held.size;
  }

  /**
   * Hand everything held to `write` (which resolves once the copy holds it), chunk by chunk.
   * When a chunk fails, the rest is handed over all the same (the copy's writer keeps what it
   * cannot write and retries it) and the first failure is thrown.
   */
  async release(write: (changes: CopyChanges) => Promise<void>, onProgress: (done: number, total: number) => void = () => {}): Promise<void> {
    const entries = [...this.held];
    this.held.clear();
    if (entries.length > 0) onProgress(0, entries.length);
    for (let start = 0; start < entries.length; start += COPY_CHUNK) {
      const end = Math.min(entries.length, start + COPY_CHUNK);
      try {
        await write(asChanges(entries.slice(start, end)));
      } catch (error) {
        if (end < entries.length) void write(asChanges(entries.slice(end))).catch(() => {});
        throw error;
      }
      onProgress(end, entries.length);
    }
  }
}

function asChanges(entries: [string, unknown][]): CopyChanges {
  return {
    set: Object.fromEntries(entries.filter(([, record]) => record !== REMOVED)),
    remove: entries.filter(([, record]) => record === REMOVED).map(([key]) => key),
  };
}
