/**
 * The reader's highlights as the extension stored them, read from its own IndexedDB through one of its pages. A panel
 * lists none while its list is still loading, so "no highlight listed" alone cannot tell nothing saved from not loaded.
 */
import type { Page } from 'playwright-core';

export interface StoredHighlight {
  articleKey: string;
  exact: string;
}

/** The highlights not deleted, in any order; none when the extension has no database yet. */
export function storedHighlights(extensionPage: Page): Promise<StoredHighlight[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<StoredHighlight[]>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        // No database yet: nothing is stored, and none is left behind (the extension creates it at its own version).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('highlights').objectStore('highlights').getAll();
          request.onsuccess = () => {
            const all = request.result as { articleKey: string; quote: { exact: string }; deletedAt: number | null }[];
            resolve(all.filter((h) => h.deletedAt === null).map((h) => ({ articleKey: h.articleKey, exact: h.quote.exact })));
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
