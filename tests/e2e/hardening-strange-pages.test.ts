/**
 * Huge and strange pages, generated at run time: the content script never
 * blocks the page for long (measured against the same page without the
 * extension), the reading arrives, and the panel opens on it promptly, says
 * when only the page's beginning was analysed, and shows right-to-left and
 * legacy-encoded text as the page has it.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { strangePages } from '../fixtures/hostile/strange-pages.ts';
import type { StrangePage } from '../fixtures/hostile/strange-pages.ts';
import { chromePath, launchWithExtension, QUIET_FLAGS, tabIdOf } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { longestBlockAfterParsing, recordMainThreadGaps } from './support/long-tasks.ts';
import { startPageServer } from './support/page-server.ts';
import type { PageServer } from './support/page-server.ts';
import { openPanelTab } from './support/tabs.ts';

/** The long-task threshold, plus room for scheduling noise on a busy two-core machine. */
const MAX_ADDED_BLOCK_MS = 50 + 30;
const PANEL_READY_MS = 10_000;
const MEASURE_RUNS = 3;

const pages = strangePages();
let server: PageServer;
let withExtension: ExtensionBrowser;
let plainBrowser: Browser;
let plain: BrowserContext;

beforeAll(async () => {
  server = await startPageServer();
  for (const page of pages) server.put(page.path, { body: page.body, contentType: page.contentType });
  withExtension = await launchWithExtension();
  plainBrowser = await chromium.launch({ executablePath: chromePath(), headless: true, args: QUIET_FLAGS });
  plain = await plainBrowser.newContext();
  await recordMainThreadGaps(withExtension.context);
  await recordMainThreadGaps(plain);
});
afterAll(async () => {
  await withExtension.close();
  await plainBrowser.close();
  await server.close();
});

/** Load the page in the foreground, let the content script read it, and return the longest block after parsing. */
async function longestBlock(context: BrowserContext, page: StrangePage): Promise<number> {
  const tab = await context.newPage();
  try {
    await tab.goto(server.url(page.path));
    if (context === withExtension.context) await tabIdOf(withExtension, tab, 20_000);
    await tab.waitForTimeout(300);
    return await longestBlockAfterParsing(tab);
  } finally {
    await tab.close();
  }
}

/** The smallest of a few loads: a block the extension causes recurs on every load, machine noise does not. */
async function quietestLongestBlock(context: BrowserContext, page: StrangePage): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < MEASURE_RUNS; i++) {
    runs.push(await longestBlock(context, page));
    if (runs.at(-1)! <= MAX_ADDED_BLOCK_MS) break;
  }
  return Math.min(...runs);
}

describe.each(pages.filter((p) => p.tooLarge))('$name', (page) => {
  test('the content script adds no long task, and the panel opens promptly and says the page was cut short', async () => {
    const without = await quietestLongestBlock(plain, page);
    const withIt = await quietestLongestBlock(withExtension.context, page);
    console.info(`${page.name}: longest main-thread block after parsing ${without} ms without the extension, ${withIt} ms with it`);
    expect(withIt).toBeLessThanOrEqual(Math.max(without, MAX_ADDED_BLOCK_MS));

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
