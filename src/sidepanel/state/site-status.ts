/**
 * When the panel has no reading for its tab, it asks the tab's content script
 * to read the page: automatic detection may be off, or the reader may have
 * turned Policy Lens off for the site, which the panel then says.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReadRequestResponse } from '../../shared/messages.ts';
import { sendToTab } from '../../shared/runtime.ts';

/** `reading`: the page is being read; `off`: never-run site; `unreachable`: no content script (browser pages, files). */
export type SiteStatus = 'asking' | 'reading' | 'off' | 'unreachable';

/** `noReading`: the service worker has answered, with no reading for the tab. */
export function useSiteStatus(tabId: number | null, noReading: boolean): SiteStatus {
  const [status, setStatus] = useState<SiteStatus>('asking');
  useEffect(() => {
    if (tabId === null || !noReading) return undefined;
    let current = true;
    setStatus('asking');
    sendToTab<ReadRequestResponse>(tabId, { type: 'request-reading' }).then(
      (response) => current && setStatus(response?.running ? 'reading' : 'off'),
      () => current && setStatus('unreachable'),
    );
    return () => {
      current = false;
    };
  }, [tabId, noReading]);
  return status;
}
