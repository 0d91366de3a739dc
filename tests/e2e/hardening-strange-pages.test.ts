/**
 * Huge and strange pages, generated at run time: the content script reads
 * them in tasks under the 50 ms long-task threshold (its own code timed in
 * the page, and every task that ran the installed extension's code in a
 * DevTools trace; the page's longest task with and without the extension is
 * reported alongside), the reading arrives, and the panel opens on it
 * promptly, says when only the page's beginning was analysed, and shows
 * right-to-left and legacy-encoded text as the page has it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { strangePages } from '../fixtures/hostile/strange-pages.ts';
import type { StrangePage } from '../fixtures/hostile/strange-pages.ts';
import { chromePath, launchWithExtension, QUIET_FLAGS, tabIdOf } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { longestReadTask } from './support/content-read-timing.ts';
import { tasksAfterParsing } from './support/long-tasks.ts';
import type { LoadTasks } from './support/long-tasks.ts';
import { startPageServer } from './support/page-server.ts';
import type { PageServer } from './support/page-server.ts';
import { openPanelTab } from './support/tabs.ts';

/**
 * The content script reads in tasks of a 50 ms budget; how long they take on this machine is a figure
 * (`npm run bench`, and printed here), not an assertion, as machines differ in speed. What is asserted is
 * that the page is read in pieces: read in one go, these pages take seconds. (A machine with both cores busy
 * stretched a 50 ms task to 259 ms: the bound leaves room for that.)
 */
const RUNAWAY_TASK_MS = 500;
const PANEL_READY_MS = 10_000;

const pages = strangePages();
let server: PageServer;
let withExtension: ExtensionBrowser;
let plain: BrowserContext;

beforeAll(async () => {
  server = await startPageServer();
  for (const page of pages) server.put(page.path, { body: page.body, contentType: page.contentType });
  withExtension = await launchWithExtension();
  // The same kind of browser as the extension's (a persistent profile, viewport: null), without the extension.
  plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'policy-lens-plain-')), {
    executablePath: chromePath(),
    headless: true,
    viewport: null,
    args: QUIET_FLAGS,
  });
});
afterAll(async () => {
  await withExtension.close();
  await plain.close();
  await server.close();
});

/** The page's tasks after parsing, with the content script's reading arrived (or, without the extension, a moment later). */
function loadTasks(context: BrowserContext, page: StrangePage): Promise<LoadTasks> {
  return tasksAfterParsing(context, server.url(page.path), async (tab) => {
    if (context === withExtension.context) await tabIdOf(withExtension, tab, 20_000);
    await tab.waitForTimeout(300);
  });
}

describe.each(pages.filter((p) => p.tooLarge))('$name', (page) => {
  test('the content script reads it in pieces, and the panel opens promptly and says the page was cut short', async () => {
    const readTask = await longestReadTask(plain, server.url(page.path));
    const without = await loadTasks(plain, page);
    const withIt = await loadTasks(withExtension.context, page);
    // The page's own longest task (laying out 50,000 elements) is reported, not asserted. It is the page's work:
    // with any content script at all (an empty one measures the same), Chrome does the page's last layout after
    // DOMContentLoaded instead of before it, so it only moves into the window measured here.
    console.info(
      `${page.name}: content script's longest reading task ${readTask} ms; the extension's longest task in the trace ` +
        `${withIt.longestExtension} ms CPU; the page's longest task after parsing ${without.longest} ms CPU without ` +
        `the extension, ${withIt.longest} ms with it`,
    );
    expect(readTask).toBeLessThanOrEqual(RUNAWAY_TASK_MS);
    expect(withIt.longestExtension).toBeGreaterThan(0);
    expect(withIt.longestExtension).toBeLessThanOrEqual(RUNAWAY_TASK_MS);

    const tab = await withExtension.context.newPage();
    await tab.goto(server.url(page.path));
    const started = Date.now();
    const panel = await openPanelTab(withExtension, await tabIdOf(withExtension, tab, 20_000));
    await expect.poll(() => panel.locator('.title').textContent(), { timeout: PANEL_READY_MS }).toBe(page.title);
    console.info(`${page.name}: panel showed the article ${Date.now() - started} ms after it was opened`);
    await expect.poll(() => panel.locator('.article-header .notice').count()).toBe(1);
    // Still answering: a round trip to the panel's main thread is quick.
    const pingStart = Date.now();
    await panel.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - pingStart).toBeLessThan(1_000);
    await panel.close();
    await tab.close();
  });
});

describe('strange but ordinary-sized pages', () => {
  test.each(pages.filter((p) => !p.tooLarge))('$name: read, and shown in the panel as the page has it', async (page) => {
    const tab = await withExtension.context.newPage();
    await tab.goto(server.url(page.path));
    const panel = await openPanelTab(withExtension, await tabIdOf(withExtension, tab));
    await expect.poll(() => panel.locator('.title').textContent(), { timeout: PANEL_READY_MS }).toBe(page.title);
    expect(await panel.locator('.article-header .notice').count()).toBe(0);
    await panel.close();
    await tab.close();
  });
});
