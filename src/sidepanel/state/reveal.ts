/** Ask the bound tab's content script to show a passage; tell the reader when it cannot. */
import { useCallback, useState } from 'preact/hooks';
import type { Passage } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import type { RevealResponse } from '../../shared/messages.ts';
import { sendToTab } from '../../shared/runtime.ts';

export function useReveal(tabId: number | null): { reveal: (p: Passage) => void; message: string | null } {
  const [message, setMessage] = useState<string | null>(null);
  const reveal = useCallback(
    (passage: Passage) => {
      if (tabId === null) return;
      setMessage(null);
      sendToTab<RevealResponse>(tabId, { type: 'reveal-passage', selector: passage.quote })
        .then((response) => setMessage(response?.found ? null : t('revealNotFound')))
        .catch(() => setMessage(t('revealUnreachable')));
    },
    [tabId],
  );
  return { reveal, message };
}
