/**
 * The library page's side of an import (see `import-worker.ts`): the worker
 * checks and merges, the page shows progress, holds what each batch committed
 * until the last batch is done, then writes it to the backup copy
 * (`import-copy.ts`), and reports the import done only once the copy holds it too.
 */
import { copyChanges, markImportHeld } from './backup-copy.ts';
import type { PolicyLensDb } from './db.ts';
import { HeldCopyChanges } from './import-copy.ts';
import type { ImportProblem, ImportResult } from './import-json.ts';
import type { FromImportWorker, ToImportWorker } from './import-worker-messages.ts';

/** Records merged into the database, then records written to the backup copy (which cannot be cancelled). */
export interface ImportProgress {
  phase: 'merging' | 'copying';
  done: number;
  total: number;
}

export type CheckedImport = { ok: true; deleted: number } | { ok: false; problem: ImportProblem };

export interface ImportSession {
  /** Resolves once the whole file is checked: nothing is written before. */
  checked: Promise<CheckedImport>;
  /** Merge the checked file; resolves when the database and its copy hold what was merged. */
  merge(restoreDeleted: boolean, onProgress: (progress: ImportProgress) => void): Promise<ImportResult>;
  /** Stop between two batches (`merge` then resolves as cancelled). */
  cancel(): void;
  /** Stop the worker: call once the session is over. */
  end(): void;
}

export function importInWorker(db: PolicyLensDb, file: Blob): ImportSession {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToImportWorker) => worker.postMessage(message);
  let onProgress: (progress: ImportProgress) => void = () => {};
  let settle: { resolve(message: FromImportWorker): void; reject(error: unknown): void } | null = null;
  const reply = () => new Promise<FromImportWorker>((resolve, reject) => (settle = { resolve, reject }));
  const held = new HeldCopyChanges();
  /** Write what the batches committed to the copy, then lift the mark; resolves with the failure that left the copy behind, if one did. */
  const copyHeld = () =>
    held
      .release((changes) => copyChanges(db, changes), (done, total) => onProgress({ phase: 'copying', done, total }))
      .then(() => markImportHeld(db, false).catch(() => {}))
      .then(
        () => null,
        (error: unknown) => error,
      );
  worker.onmessage = ({ data }: MessageEvent<FromImportWorker>) => {
    if (data.type === 'copy') held.hold(data.changes);
    else if (data.type === 'progress') onProgress({ phase: 'merging', done: data.done, total: data.total });
    else settle?.resolve(data);
  };
  worker.onerror = (event) => settle?.reject(new Error(event.message || 'the import worker stopped'));

  const checkedReply = reply();
  send({ type: 'check', file });
  return {
    checked: checkedReply.then((answer) => {
      if (answer.type === 'checked') return { ok: true, deleted: answer.deleted };
      if (answer.type === 'refused') return { ok: false, problem: answer.problem };
      return { ok: false, problem: ['importNotSaved', answer.type === 'failed' ? answer.reason : answer.type] };
    }),
    async merge(restoreDeleted, progress) {
      onProgress = progress;
      // Without the mark, a copy that missed the held changes (the page closed mid-import) would not know it.
      await markImportHeld(db, true);
      const mergedReply = reply();
      send({ type: 'merge', restoreDeleted });
      // However the merge ended, what its batches committed goes to the copy before the reader is told.
      let answer: FromImportWorker;
      try {
        answer = await mergedReply;
      } catch (error) {
        await copyHeld();
        throw error;
      }
      const behind = await copyHeld();
      if (answer.type !== 'merged') return { ok: false, problem: ['importNotSaved', answer.type === 'failed' ? answer.reason : answer.type] };
      // A merge that stopped says so first; one that went through says its copy is behind.
      if (behind !== null && answer.result.ok) {
        return { ok: false, problem: ['importCopyBehind', behind instanceof Error ? behind.message : String(behind)], counts: answer.result.counts };
      }
      return answer.result;
    },
    cancel: () => send({ type: 'cancel' }),
    end: () => worker.terminate(),
  };
}
