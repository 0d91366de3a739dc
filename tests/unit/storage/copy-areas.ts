/** Stand-ins for `storage.local`, for tests of the backup copy. */
import type { CopyArea } from '../../../src/storage/backup-copy.ts';

/** `storage.local` in memory. */
export class MemoryArea implements CopyArea {
  items = new Map<string, unknown>();
  /** How many items each write set, in order. */
  writeSizes: number[] = [];
  async get(keys: string[] | null) {
    const wanted = keys ?? [...this.items.keys()];
    return Object.fromEntries(wanted.filter((k) => this.items.has(k)).map((k) => [k, structuredClone(this.items.get(k))]));
  }
  async set(items: Record<string, unknown>) {
    this.writeSizes.push(Object.keys(items).length);
    for (const [k, v] of Object.entries(items)) this.items.set(k, structuredClone(v));
  }
  async remove(keys: string[]) {
    for (const k of keys) this.items.delete(k);
  }
}

/** A store that refuses writes while `full`, or (`dropping`) says it wrote them and keeps nothing. */
export class FaultyArea extends MemoryArea {
  full = false;
  dropping = false;
  override async set(items: Record<string, unknown>) {
    if (this.full) throw new Error('IO error: FILE_ERROR_NO_SPACE');
    if (!this.dropping) await super.set(items);
  }
}
