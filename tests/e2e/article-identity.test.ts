/**
 * Who an article is: a page cannot take over another article's identity by
 * declaring it canonical (on the same host name but another origin, or
 * another path of the same origin), and a single-page app that leaves its
 * first story's canonical link in place gives each story its own key.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, tabIdOf } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startPageServer } from './support/page-server.ts';
import type { PageServer } from './support/page-server.ts';
import { highlightInPage, writeNote } from './support/reader-actions.ts';
import { storedHighlights } from './support/stored-highlights.ts';
import { openPanelTab } from './support/tabs.ts';

const PASSAGE = 'the harbour authority will publish every dredging permit it grants';
const NOTE = 'Ask the harbour authority when the first permits appear.';
const TITLE = 'Harbour authority promises to publish dredging permits';

const PARAGRAPHS = [
  `The port commission said on Wednesday that ${PASSAGE}, after fishing cooperatives complained about secret approvals.`,
  'Fishing cooperatives welcomed the decision but said the commission should also publish the environmental reviews behind each permit.',
  'The regional transport minister told lawmakers that the new rules would take effect before the summer dredging season begins.',
  'Environmental groups argued that publication alone would not stop the damage to the estuary and asked for a moratorium.',
  'Shipping companies warned that delays in the permit process could raise costs for exporters using the eastern terminals.',
];

function articleHtml(title: string, canonical: string | null): string {
  const link = canonical ? `<link rel="canonical" href="${canonical}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${link}<link rel="icon" href="data:,">
<meta property="og:type" content="article"></head><body><article><h1>${title}</h1><p class="byline">By Nadia Ferreira</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

let reader: PageServer;
let other: PageServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  // Two servers on 127.0.0.1: the same host name, two origins (their ports differ).
  reader = await startPageServer();
  other = await startPageServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await reader?.close();
  await other?.close();
});

/** The key the service worker holds for a tab's page. */
async function keyOf(tabId: number, url: string): Promise<string> {
  const worker = await browser.worker();
  let key: string | null = null;
  await expect
    .poll(async () => {
      key = await worker.evaluate(
        async ({ id, pageUrl }) => {
          const stored = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { url: string; canonicalUrl: string } | undefined;
          return stored?.url === pageUrl ? stored.canonicalUrl : null;
        },
        { id: tabId, pageUrl: url },
      );
      return key;
    })
    .not.toBeNull();
  return key as unknown as string;
}

/** The stored article record, read from the extension's own IndexedDB through one of its pages. */
function storedArticle(extensionPage: Page, key: string): Promise<{ url: string; title: string } | null> {
  return extensionPage.evaluate(
    (articleKey) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').get(articleKey);
          request.onsuccess = () => {
            const record = request.result as { url: string; title: string } | undefined;
            resolve(record ? { url: record.url, title: record.title } : null);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

async function open(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser, page) };
}

describe('another page declaring the reader’s article as canonical', () => {
  test('gets none of its highlights or notes and cannot rewrite its URL or title, from another origin or another path', async () => {
    reader.put('/news/harbour.html', articleHtml(TITLE, '/news/harbour.html'));
    const articleUrl = reader.url('/news/harbour.html');
    const claim = articleHtml('A page that claims to be the harbour story', articleUrl);
    other.put('/news/harbour.html', claim);
    reader.put('/guest/harbour.html', claim);

    // The reader highlights a passage and writes a note on the article.
    const article = await open(articleUrl);
    const key = await keyOf(article.tabId, articleUrl);
    const panel = await openPanelTab(browser, article.tabId);
    await highlightInPage(article.page, PASSAGE);
    await expect.poll(() => panel.locator('.highlights .highlight', { hasText: PASSAGE }).count()).toBe(1);
    expect((await storedHighlights(panel)).filter((h) => h.articleKey === key).map((h) => h.exact)).toEqual([PASSAGE]);
    await writeNote(panel, NOTE);
    expect(await storedArticle(panel, key)).toEqual({ url: articleUrl, title: TITLE });

    for (const claimUrl of [other.url('/news/harbour.html'), reader.url('/guest/harbour.html')]) {
      const claimant = await open(claimUrl);
      const claimKey = await keyOf(claimant.tabId, claimUrl);
      expect(claimKey).not.toBe(key);
      const claimPanel = await openPanelTab(browser, claimant.tabId);
      await expect.poll(() => claimPanel.locator('.title').textContent()).toBe('A page that claims to be the harbour story');
      // Its own, empty, notes and highlights: the same passage is on the page, but the reader's highlight is not its.
      const editor = claimPanel.locator('textarea.note-body').first();
      await expect.poll(() => editor.isEnabled()).toBe(true);
      expect(await editor.inputValue()).toBe('');
      await expect.poll(() => claimPanel.locator('.highlights .empty').count()).toBe(1);
      expect(await claimPanel.locator('.highlights .highlight').count()).toBe(0);
      // The list is empty while it loads too: none is stored under the page's own key either.
      expect((await storedHighlights(claimPanel)).filter((h) => h.articleKey === claimKey)).toEqual([]);
      // A note typed there is that page's, and the reader's article keeps its URL and title.
      await writeNote(claimPanel, 'Typed on the page that claims the story.');
      expect(await storedArticle(claimPanel, key)).toEqual({ url: articleUrl, title: TITLE });
      await claimPanel.close();
      await claimant.page.close();
    }

    // The article itself still has its highlight and its note.
    await panel.reload();
    await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe(NOTE);
    await expect.poll(() => panel.locator('.highlights .highlight', { hasText: PASSAGE }).count()).toBe(1);
  });
});

describe('a single-page app that keeps its first story’s canonical link', () => {
  /** An app shell: `show(path)` pushes an address and renders a story there, its head left as it was. */
  const appHtml = (canonical: string) =>
    `${articleHtml('Story A', canonical).replace('</body>', '')}<script>
window.show = (path, title) => {
  history.pushState({}, '', path);
  document.title = title;
  document.querySelector('h1').textContent = title;
};
</script></body></html>`;

  test.each([
    ['by path', '/app/a', ['/app/b', '/app/c', '/app/d']],
    ['by query', '/app?story=a', ['/app?story=b', '/app?story=c', '/app?story=d']],
  ])('gives stories a, b, c, d four keys (routed %s)', async (_routing, first, next) => {
    const shell = first.split('?')[0]!;
    reader.put(shell, appHtml(first));
    const { page, tabId } = await open(reader.url(first));
    const keys = [await keyOf(tabId, reader.url(first))];
    for (const [i, path] of next.entries()) {
      await page.evaluate(([p, title]) => (window as unknown as { show: (p: string, t: string) => void }).show(p!, title!), [path, `Story ${'bcd'[i]}`]);
      keys.push(await keyOf(tabId, reader.url(path)));
    }
    expect(keys).toEqual([first, ...next].map((path) => reader.url(path)));
    await page.close();
  });
});
