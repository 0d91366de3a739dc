/**
 * Keeping the reader's notes safe from the browser: persistent storage (so
 * the browser does not evict them under disk pressure), how much is used, and
 * what to tell the reader when a write fails.
 */
import { t } from '../shared/i18n.ts';

export interface StorageUse {
  usedBytes: number;
  quotaBytes: number;
  persisted: boolean;
}

let persistenceAsked: Promise<boolean> | null = null;

/** Ask once per page for persistent storage; resolves to whether storage is persistent. */
export function requestPersistentStorage(): Promise<boolean> {
  persistenceAsked ??= (async () => {
    if (!navigator.storage?.persist) return false;
    try {
      return (await navigator.storage.persisted()) || (await navigator.storage.persist());
    } catch {
      return false;
    }
  })();
  return persistenceAsked;
}

export async function storageUse(): Promise<StorageUse | null> {
  if (!navigator.storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted()]);
  return { usedBytes: estimate.usage ?? 0, quotaBytes: estimate.quota ?? 0, persisted };
}

/** A sentence for the reader: what went wrong and what to do; the caller says what happens to their text. */
export function describeStorageError(error: unknown): string {
  const names = errorNames(error);
  if (/QuotaExceeded|quota/i.test(names)) return t('storageQuota');
  // Dexie opens a database a later release upgraded at that release's version; tables it then lacks mean the same thing.
  if (/VersionError|NotFoundError/.test(names)) return t('storageNewerVersion');
  if (/MissingAPI|InvalidState|UnknownError|OpenFailed|DatabaseClosed/.test(names)) return t('storageUnavailable');
  return t('storageRefused');
}

function errorNames(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: unknown } | null)?.inner;
  const innerName = inner instanceof Error || inner instanceof DOMException ? inner.name : '';
  return `${name} ${innerName} ${String(error)} ${String(inner ?? '')}`;
}

/** Chromium on a full disk: "IO error: …: FILE_ERROR_NO_SPACE" (an UnknownError from IndexedDB), or a quota error. */
const DISK_FULL = /NO_SPACE|QuotaExceeded|ENOSPC/i;
/** Less room than this left for the extension, and a write that failed for no reason given is put down to a full disk. */
const ROOM_NEEDED = 1024 * 1024;
/**
 * Whether a failed write failed for want of disk space. IndexedDB names the
 * full disk only in its first failure; later failures are a bare "Internal
 * error" or an aborted transaction, so for those the room left is asked of
 * the browser: with `unlimitedStorage`, the quota is what is used plus what
 * the disk has free. (No probe is written: a write that fails half-way on a
 * full disk leaves a torn record in its store's log, and whatever that store
 * takes in after it is lost at the next start.)
 */
export async function isDiskFull(error: unknown): Promise<boolean> {
  const names = errorNames(error);
  if (DISK_FULL.test(names)) return true;
  if (!/UnknownError|OpenFailed|DatabaseClosed|AbortError/.test(names)) return false;
  try {
    const { usage = 0, quota = Infinity } = await navigator.storage.estimate();
    return quota - usage < ROOM_NEEDED;
  } catch {
    return false;
  }
}

/** `describeStorageError`, telling a full disk from storage that is unavailable (both are IndexedDB's UnknownError). */
export async function describeStorageProblem(error: unknown): Promise<string> {
  return (await isDiskFull(error)) ? t('storageDiskFull') : describeStorageError(error);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
