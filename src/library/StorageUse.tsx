import { useEffect, useState } from 'preact/hooks';
import { formatBytes, requestPersistentStorage, storageUse } from '../storage/durability.ts';
import type { StorageUse as Use } from '../storage/durability.ts';
import { t } from '../shared/i18n.ts';

/** How much space Policy Lens uses, and whether the browser may clear it under disk pressure. */
export function StorageUse() {
  const [use, setUse] = useState<Use | null>(null);
  useEffect(() => {
    void requestPersistentStorage().then(storageUse).then(setUse);
  }, []);
  if (!use) return null;
  return (
    <p class="storage-use">
      {t('storageUse', formatBytes(use.usedBytes), formatBytes(use.quotaBytes))} {use.persisted ? t('storagePersisted') : t('storageMayClear')}
    </p>
  );
}
