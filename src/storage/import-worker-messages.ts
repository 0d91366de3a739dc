/** What the library page and its import worker say to each other (a dedicated worker hears only the page that started it). */
import type { CopyChanges } from './backup-copy.ts';
import type { ImportProblem, ImportResult } from './import-json.ts';

export type ToImportWorker =
  /** Read and check the file; nothing is written. */
  | { type: 'check'; file: Blob }
  /** Merge the checked file. */
  | { type: 'merge'; restoreDeleted: boolean }
  /** Stop between two batches. */
  | { type: 'cancel' };

export type FromImportWorker =
  | { type: 'refused'; problem: ImportProblem }
  /** The file is whole and valid; `deleted` of its notes and highlights were deleted here since it was made. */
  | { type: 'checked'; deleted: number }
  | { type: 'progress'; done: number; total: number }
  /** A batch committed: what the backup copy must take in. */
  | { type: 'copy'; changes: CopyChanges }
  | { type: 'merged'; result: ImportResult }
  /** Something unforeseen stopped the worker (the file was checked, so this is the database's doing). */
  | { type: 'failed'; reason: string };
