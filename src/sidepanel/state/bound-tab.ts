/**
 * Which tab the panel speaks about. Opened with `?tab=<id>` (popped out into
 * a window, or driven by tests) it stays bound to that tab; as the real side
 * panel it follows the active tab of its window.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

export interface BoundTab {
  tabId: number | null;
  /** True when the panel runs as an ordinary tab bound by `?tab=`. */
  poppedOut: boolean;
}

export function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export function useBoundTab(): BoundTab {
  const fixed = tabFromQuery(location.search);
  const [activeTabId, setActiveTabId] = useState<number | null>(null);

  useEffect(() => {
    if (fixed !== null) return undefined;
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setActiveTabId(info.tabId);
    };
    void (async () => {
      windowId = (await browser.windows.getCurrent()).id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      setActiveTabId(active?.id ?? null);
    })();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);

  return fixed !== null ? { tabId: fixed, poppedOut: true } : { tabId: activeTabId, poppedOut: false };
}
