/** The reading of the bound tab, refreshed whenever the service worker says it changed. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { PageReading } from '../../engine/types.ts';
import { parseMessage } from '../../shared/messages.ts';
import type { TabReadingResponse } from '../../shared/messages.ts';
import { ownExtension, sendToExtension } from '../../shared/runtime.ts';

export type ReadingState =
  | { status: 'loading' }
  | { status: 'ready'; reading: PageReading | null }
  | { status: 'error'; message: string };

export function useTabReading(tabId: number | null): ReadingState {
  const [state, setState] = useState<ReadingState>({ status: 'loading' });

  useEffect(() => {
    if (tabId === null) return undefined;
    let current = true;
    const load = async () => {
      try {
        const { reading } = await sendToExtension<TabReadingResponse>({ type: 'get-tab-reading', tabId });
        if (current) setState({ status: 'ready', reading });
      } catch (error) {
        if (current) setState({ status: 'error', message: String(error) });
      }
    };
    const onMessage = (raw: unknown, sender: Runtime.MessageSender) => {
      const parsed = parseMessage(raw, sender, ownExtension());
      if (parsed.ok && parsed.message.type === 'tab-reading-changed' && parsed.message.tabId === tabId) void load();
      return undefined;
    };
    setState({ status: 'loading' });
    browser.runtime.onMessage.addListener(onMessage);
    void load();
    return () => {
      current = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);

  return state;
}
