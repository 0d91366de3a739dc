import { useEffect, useState } from 'preact/hooks';
import { formatBytes, requestPersistentStorage, storageUse } from '../storage/durability.ts';
import type { StorageUse as Use } from '../storage/durability.ts';

/** How much space Policy Lens uses, and whether the browser may clear it under disk pressure. */
export function StorageUse() {
  const [use, setUse] = useState<Use | null>(null);
  useEffect(() => {
    void requestPersistentStorage().then(storageUse).then(setUse);
  }, []);
  if (!use) return null;
  return (
    <p class="storage-use">
      Stored on this device: {formatBytes(use.usedBytes)} of {formatBytes(use.quotaBytes)} available.{' '}
      {use.persisted
        ? 'The browser keeps it even when disk space runs low.'
        : 'The browser may clear it if disk space runs low: export your notes now and then.'}
    </p>
  );
}
