/** The storage notices (a restore from the backup copy, a highlight not saved), shown by the panel and the library alike. */
import { useEffect, useState } from 'preact/hooks';
import { currentStorageNotices, dismissStorageNotice, watchStorageNotices } from '../storage/storage-notices.ts';
import type { StorageNotice } from '../storage/storage-notices.ts';
import { t } from './i18n.ts';

export function StorageNotices() {
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  useEffect(() => {
    const refresh = () => void currentStorageNotices().then(setNotices, () => setNotices([]));
    refresh();
    return watchStorageNotices(refresh);
  }, []);
  return (
    <>
      {notices.map((notice) => (
        <p key={notice.key} class={notice.alert ? 'error storage-notice' : 'notice storage-notice'} role={notice.alert ? 'alert' : 'status'}>
          {notice.text}{' '}
          <button type="button" class="action" onClick={() => void dismissStorageNotice(notice.key)}>
            {t('dismiss')}
          </button>
        </p>
      ))}
    </>
  );
}
