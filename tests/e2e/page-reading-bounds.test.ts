/**
 * Pages that push the reading's bounds: an address or canonical link longer
 * than the protocol allows is cut and the page is still read (the panel does
 * not wait forever), and an app that changes its address four times a second
 * is read a few times, not once per address.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startPageServer } from './support/page-server.ts';
import type { PageServer } from './support/page-server.ts';
import { openPanelTab } from './support/tabs.ts';

const PARAGRAPHS = [
  'The water board said on Monday that it would raise household tariffs by four percent to pay for new treatment plants.',
  'Consumer groups said the increase would hit pensioners hardest and asked the regulator to cap it at the rate of inflation.',
  'The regulator will publish its decision in the autumn after hearing from the board, the groups and local councils.',
  'Several councils argued that the plants should be paid for from the national budget rather than by households.',
];

function storyHtml(title: string, head = '', script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}<link rel="icon" href="data:,">
<meta property="og:type" content="article"></head><body><article><h1>${title}</h1><p class="byline">By Iris Dahl</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>${script}</body></html>`;
}

let server: PageServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The tab id and URL of the reading the service worker holds for a page whose address starts with `prefix`. */
async function readingStartingWith(prefix: string): Promise<{ tabId: number; url: string }> {
  const worker = await browser.worker();
  let found: { tabId: number; url: string } | null = null;
  await expect
    .poll(async () => {
      found = await worker.evaluate(async (start) => {
        for (const [key, value] of Object.entries(await chrome.storage.session.get(null))) {
          const url = (value as { url?: string }).url;
          if (key.startsWith('tab:') && url?.startsWith(start)) return { tabId: Number(key.slice(4)), url };
        }
        return null;
      }, prefix);
      return found;
    })
    .not.toBeNull();
  return found as unknown as { tabId: number; url: string };
}

test('a page whose address and canonical link are over 8,192 characters is still read, and the panel shows it', async () => {
  const query = `?ref=${'x'.repeat(9_000)}`;
  server.put('/long-address', storyHtml('Water tariffs to rise by four percent', `<link rel="canonical" href="/long-address${query}&canonical=1">`));
  const page = await browser.context.newPage();
  await page.goto(server.url(`/long-address${query}`));
  const { tabId, url } = await readingStartingWith(server.url('/long-address?ref=x'));
  expect(url.length).toBeLessThanOrEqual(8_192);
  const panel = await openPanelTab(browser, tabId);
  await expect.poll(() => panel.locator('.title').textContent()).toBe('Water tariffs to rise by four percent');
  await panel.close();
  await page.close();
});

test('an app that pushes a new address every 250 ms is read a few times, ending on the last address', async () => {
  const pushes = 20;
  const script = `<script>
window.startPushing = (count) => {
  let i = 0;
  const timer = setInterval(() => {
    i += 1;
    history.pushState({}, '', '/feed/' + i);
    document.title = 'Water tariffs, update ' + i;
    document.querySelector('h1').textContent = document.title;
    if (i === count) clearInterval(timer);
  }, 250);
};
</script>`;
  server.put('/feed', storyHtml('Water tariffs, update 0', '', script));
  const page: Page = await browser.context.newPage();
  await page.goto(server.url('/feed'));
  const { tabId } = await readingStartingWith(server.url('/feed'));
  const panel = await openPanelTab(browser, tabId);
  await expect.poll(() => panel.locator('.title').textContent()).toBe('Water tariffs, update 0');
  // Every reading the content script sends to the service worker.
  const worker = await browser.worker();
  await worker.evaluate(() => {
    const counted = globalThis as unknown as { readingsSeen: number };
    counted.readingsSeen = 0;
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message.type === 'page-read') counted.readingsSeen += 1;
    });
  });

  await page.evaluate((count) => (window as unknown as { startPushing: (n: number) => void }).startPushing(count), pushes);
  await expect.poll(() => panel.locator('.title').textContent()).toBe(`Water tariffs, update ${pushes}`);
  await readingStartingWith(server.url(`/feed/${pushes}`));
  const readings = await worker.evaluate(() => (globalThis as unknown as { readingsSeen: number }).readingsSeen);
  console.info(`${pushes} addresses pushed 250 ms apart: ${readings} readings`);
  expect(readings).toBeGreaterThanOrEqual(1);
  expect(readings).toBeLessThanOrEqual(5);
  await panel.close();
  await page.close();
});
