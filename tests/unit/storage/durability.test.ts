import { describe, expect, test, vi } from 'vitest';
import { describeStorageError, formatBytes, isDiskFull } from '../../../src/storage/durability.ts';

vi.mock('webextension-polyfill', () => import('../support/english-i18n.ts'));

describe('storage errors, in words the reader can act on', () => {
  test('a full disk, whether raw or wrapped by Dexie', () => {
    const raw = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: raw });
    for (const error of [raw, wrapped]) expect(describeStorageError(error)).toMatch(/no storage space left.*Free some disk space/);
  });

  test('a database from a newer version, and storage that is unavailable', () => {
    expect(describeStorageError(new DOMException('', 'VersionError'))).toMatch(/newer version of Policy Lens/);
    expect(describeStorageError(Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }))).toMatch(/cannot store notes/);
  });

  test('sizes', () => {
    expect([formatBytes(200), formatBytes(5 * 1024 * 1024), formatBytes(3 * 1024 ** 3)]).toEqual(['1 KB', '5.0 MB', '3.0 GB']);
  });

  test('a failure IndexedDB does not explain is a full disk when the browser reports no room left, and nothing is written to find out', async () => {
    const internal = Object.assign(new Error('Internal error opening backing store'), { name: 'OpenFailedError', inner: new DOMException('', 'UnknownError') });
    const aborted = new DOMException('The transaction was aborted', 'AbortError');
    const localSet = vi.fn();
    vi.stubGlobal('chrome', { storage: { local: { set: localSet } } });
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 5_000_000, quota: 5_000_000 }) } });
    expect([await isDiskFull(internal), await isDiskFull(aborted)]).toEqual([true, true]);
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 5_000_000, quota: 900_000_000 }) } });
    expect([await isDiskFull(internal), await isDiskFull(aborted)]).toEqual([false, false]);
    expect(localSet).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
