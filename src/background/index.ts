/**
 * The service worker: receives what content scripts read, keeps it per tab,
 * shows the badge, and answers the side panel. Page text is only stored for
 * the panel (and kept for it to remember an article the reader highlights).
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { withPolicyVerdict } from '../engine/detect/policy.ts';
import { parseMessage } from '../shared/messages.ts';
import type { CreateHighlightResponse, PageReadResponse, TabReadingResponse } from '../shared/messages.ts';
import { broadcast, ownExtension } from '../shared/runtime.ts';
import { showReadingOnBadge } from './badge.ts';
import { watchHighlightRequests } from './highlight-requests.ts';
import { createHighlight, highlightsToDraw } from './highlights.ts';
import { watchPassageSteps } from './passage-steps.ts';
import { rememberMarkedArticle } from './remember-marked.ts';
import { loadSettings } from '../shared/settings.ts';
import { openPanelOnActionClick } from './side-panel.ts';
import { forgetReading, getReading, setReading } from './tab-readings.ts';

openPanelOnActionClick();
watchHighlightRequests();
watchPassageSteps();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const parsed = parseMessage(raw, sender, ownExtension());
  if (!parsed.ok) {
    console.warn('Policy Lens: message rejected:', parsed.reason);
    return undefined;
  }
  const { message } = parsed;
  switch (message.type) {
    case 'page-read': {
      const tabId = parsed.sender.tabId;
      if (tabId === null) return undefined;
      return (async (): Promise<PageReadResponse> => {
        const reading = withPolicyVerdict(message.reading);
        await setReading(tabId, reading);
        await showReadingOnBadge(tabId, reading);
        await broadcast({ type: 'tab-reading-changed', tabId });
        return { highlights: await highlightsToDraw(reading.canonicalUrl) };
      })();
    }
    case 'create-highlight': {
      const tabId = parsed.sender.tabId;
      if (tabId === null) return undefined;
      return getReading(tabId).then(async (reading): Promise<CreateHighlightResponse | undefined> => {
        // The tab has not reported its page yet: there is no article to attach the highlight to.
        if (!reading) return undefined;
        const settings = loadSettings();
        const id = await createHighlight(tabId, reading, message);
        // Saved first; remembering the article follows without holding up the answer.
        void rememberMarkedArticle(reading, settings);
        return { id };
      });
    }
    case 'page-withdrawn': {
      const tabId = parsed.sender.tabId;
      if (tabId === null) return undefined;
      return (async () => {
        await forgetReading(tabId);
        await showReadingOnBadge(tabId, null);
        await broadcast({ type: 'tab-reading-changed', tabId });
      })();
    }
    case 'get-tab-reading':
      return getReading(message.tabId).then((reading): TabReadingResponse => ({ reading }));
    default:
      // Messages meant for panels or content scripts.
      return undefined;
  }
});

// A tab that starts loading a new page no longer shows the old reading.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status !== 'loading') return;
  void (async () => {
    await forgetReading(tabId);
    await showReadingOnBadge(tabId, null);
    await broadcast({ type: 'tab-reading-changed', tabId });
  })();
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetReading(tabId);
});
