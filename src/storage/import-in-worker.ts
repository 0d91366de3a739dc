/**
 * The library page's side of an import (see `import-worker.ts`): the worker
 * checks and merges, the page shows progress, keeps the backup copy current
 * with what each batch committed, and reports the import done only once the
 * copy holds it too.
 */
import { copyChanges } from './backup-copy.ts';
import type { PolicyLensDb } from './db.ts';
import type { ImportProblem, ImportResult } from './import-json.ts';
import type { FromImportWorker, ToImportWorker } from './import-worker-messages.ts';

export type CheckedImport = { ok: true; deleted: number } | { ok: false; problem: ImportProblem };

export interface ImportSession {
  /** Resolves once the whole file is checked: nothing is written before. */
  checked: Promise<CheckedImport>;
  /** Merge the checked file; resolves when the database and its copy hold what was merged. */
  merge(restoreDeleted: boolean, onProgress: (done: number, total: number) => void): Promise<ImportResult>;
  /** Stop between two batches (`merge` then resolves as cancelled). */
  cancel(): void;
  /** Stop the worker: call once the session is over. */
  end(): void;
}

export function importInWorker(db: PolicyLensDb, file: Blob): ImportSession {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToImportWorker) => worker.postMessage(message);
  let onProgress: (done: number, total: number) => void = () => {};
  let settle: { resolve(message: FromImportWorker): void; reject(error: unknown): void } | null = null;
  const reply = () => new Promise<FromImportWorker>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = ({ data }: MessageEvent<FromImportWorker>) => {
    // A copy write that fails is retried; the import's end waits for all of them below.
    if (data.type === 'copy') copyChanges(db, data.changes).catch(() => {});
    else if (data.type === 'progress') onProgress(data.done, data.total);
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
      const mergedReply = reply();
      send({ type: 'merge', restoreDeleted });
      const answer = await mergedReply;
      if (answer.type !== 'merged') return { ok: false, problem: ['importNotSaved', answer.type === 'failed' ? answer.reason : answer.type] };
      // The copy takes in the last batches' changes (queued above, in order) before the reader is told it is done.
      try {
        await copyChanges(db, { set: {}, remove: [] });
      } catch (error) {
        // A merge that stopped says so first; one that went through says its copy is behind.
        if (answer.result.ok) return { ok: false, problem: ['importCopyBehind', error instanceof Error ? error.message : String(error)], counts: answer.result.counts };
      }
      return answer.result;
    },
    cancel: () => send({ type: 'cancel' }),
    end: () => worker.terminate(),
  };
}
