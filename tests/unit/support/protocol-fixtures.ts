/** What the protocol tests send and who they speak as: our extension's contexts, and a content script on a news page. */
import type { PageReading } from '../../../src/engine/types.ts';
import type { OwnExtension, SenderInfo } from '../../../src/shared/messages.ts';

export const own: OwnExtension = { id: 'ownextensionid', origin: 'chrome-extension://ownextensionid/' };
export const contentScript: SenderInfo = { id: own.id, url: 'https://news.example/story', tab: { id: 7 }, frameId: 0 };
export const panelPage: SenderInfo = { id: own.id, url: `${own.origin}src/sidepanel/index.html` };
export const worker: SenderInfo = { id: own.id, url: `${own.origin}service-worker-loader.js` };

/** A valid reading of the content script's page, with what a test changes. */
export function storyReading(overrides: Partial<PageReading> = {}): PageReading {
  return {
    url: 'https://news.example/story',
    canonicalUrl: 'https://news.example/story',
    title: 'A story',
    siteName: null,
    lang: 'en',
    article: { isArticle: true, confidence: 0.9, reasons: [] },
    policy: { isPolicy: true, topic: 'Immigration', confidence: 0.8, signals: ['asylum'] },
    text: {
      title: 'A story',
      byline: null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      text: 'Body.',
      blocks: [{ kind: 'paragraph', text: 'Body.', start: 0 }],
      truncated: false,
    },
    ...overrides,
  };
}
