/**
 * The import, run in a dedicated worker of the library page: reading,
 * parsing and checking a file of many megabytes, and cloning each batch's
 * records into IndexedDB, would otherwise hold the page (and with it every
 * transaction it has open) for seconds at a time. See `import-in-worker.ts`
 * for the page's side.
 *
 * A worker cannot reach `storage.local`: what each batch commits goes back to
 * the page, which keeps the backup copy current. Batches do not tell other
 * pages' live queries (each would read its tables again after every batch);
 * one notice at the end does.
 */
import { Dexie, RangeSet } from 'dexie';
import { reportCommittedChanges } from './backup-copy.ts';
import { DB_NAME, openDatabase } from './db.ts';
import type { ExportFile } from './export-format.ts';
import { countDeletedSinceExport, mergeExport, readExportFile } from './import-json.ts';
import type { ToImportWorker, FromImportWorker } from './import-worker-messages.ts';

const scope = self as unknown as { postMessage(message: FromImportWorker): void; onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null };
const post = (message: FromImportWorker) => scope.postMessage(message);

// An import is all in the file still: its batches need not each wait for the disk (the reader's saves do).
const db = openDatabase(DB_NAME, { chromeTransactionDurability: 'relaxed' });
db.unuse({ stack: 'dbcore', name: 'Observability' });
reportCommittedChanges(db, (changes) => post({ type: 'copy', changes }));

let checked: ExportFile | null = null;
const cancel = new AbortController();

scope.onmessage = ({ data }) => {
  if (data.type === 'cancel') cancel.abort();
  else void handle(data).catch((error: unknown) => post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }));
};

async function handle(message: Exclude<ToImportWorker, { type: 'cancel' }>): Promise<void> {
  if (message.type === 'check') {
    const result = await readExportFile(message.file);
    if (!result.ok) return post({ type: 'refused', problem: result.problem });
    checked = result.file;
    return post({ type: 'checked', deleted: await countDeletedSinceExport(db, checked) });
  }
  if (!checked) return post({ type: 'failed', reason: 'no file was checked' });
  try {
    const result = await mergeExport(db, checked, {
      restoreDeleted: message.restoreDeleted,
      signal: cancel.signal,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'merged', result });
  } finally {
    // Every open page's live queries read again, once, whatever was merged.
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
  }
}
