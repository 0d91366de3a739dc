/**
 * The options page taking effect at once, in real Chromium: a never-run site
 * is not read (no badge, the panel says Policy Lens is off there), detection
 * off leaves pages alone until the reader asks, always-run sites still run,
 * colour changes restyle the page's highlights, and hidden sections go.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, afterAll, beforeEach, describe, expect, test } from 'vitest';
import { badgeText, launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';
import { drawnBackground, drawnLayers, showAnalysisOnPage } from './support/overlay.ts';

const ARTICLE = '/eu-taliban-brussels.html';

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});
// A browser per test: settings are the profile's, and each test starts from the defaults.
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser.close();
});

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.locator('main.options h1').waitFor();
  return page;
}

async function addSite(options: Page, list: 'never-run' | 'always-run', site: string): Promise<void> {
  const input = options.locator(`#${list}-input`);
  await input.fill(site);
  await input.press('Enter');
}

/** The active tab: a page on a never-run site sends no reading, so its tab id cannot come from one. */
async function activeTabId(): Promise<number> {
  const worker = await browser.worker();
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
}

async function hasReading(tabId: number): Promise<boolean> {
  const worker = await browser.worker();
  return worker.evaluate(async (id) => `tab:${id}` in (await chrome.storage.session.get(`tab:${id}`)), tabId);
}

describe('sites', () => {
  test('a never-run site gets no analysis: no reading, no badge, the panel says Policy Lens is off', async () => {
    const options = await openOptions();
    // Pasting a whole URL keeps its hostname.
    await addSite(options, 'never-run', 'http://localhost:8080/some/page');
    await expect.poll(() => options.locator('[data-list="never-run"] .site-name').allTextContents()).toEqual(['localhost']);

    const page = await browser.context.newPage();
    await page.goto(`${server.url(ARTICLE).replace('127.0.0.1', 'localhost')}`);
    const tabId = await activeTabId();
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('.site-off').textContent()).toContain('Policy Lens is off for this site');
    expect(await panel.locator('.stakeholder').count()).toBe(0);
    expect(await hasReading(tabId)).toBe(false);
    expect(await badgeText(browser, tabId)).toBe('');
    expect(await drawnLayers(page)).toEqual([]);

    // The same article on another host is read as usual.
    const elsewhere = await openFixture(browser, server, ARTICLE);
    await expect.poll(() => badgeText(browser, elsewhere.tabId)).toBe('POL');
  });

  test('turning a site off while its article is open withdraws the reading and the badge at once', async () => {
    const { tabId } = await openFixture(browser, server, ARTICLE);
    await expect.poll(() => badgeText(browser, tabId)).toBe('POL');
    const options = await openOptions();
    await addSite(options, 'never-run', '127.0.0.1');
    await expect.poll(() => badgeText(browser, tabId)).toBe('');
    expect(await hasReading(tabId)).toBe(false);
  });

  test('an invalid site name is refused with a message', async () => {
    const options = await openOptions();
    await addSite(options, 'always-run', 'not a site');
    await expect.poll(() => options.locator('#always-run-error').textContent()).toContain('is not a site name');
    expect(await options.locator('#always-run-input').getAttribute('aria-invalid')).toBe('true');
    expect(await options.locator('[data-list="always-run"] .site').count()).toBe(0);
  });

  test('with detection off a page stays unread until the panel asks; always-run sites are still read', async () => {
    const options = await openOptions();
    await options.locator('input[name="auto-detect"]').uncheck();
    await expect.poll(() => options.locator('.save-status').textContent()).toBe('Saved');

    const page = await browser.context.newPage();
    await page.goto(server.url(`${ARTICLE}#quiet`));
    const tabId = await activeTabId();
    await page.waitForTimeout(1_000);
    expect(await hasReading(tabId)).toBe(false);
    expect(await badgeText(browser, tabId)).toBe('');

    // Opening the panel on it is the reader asking: the page is read then.
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('.title').textContent()).toBe('EU invites Taliban delegation to Brussels for talks on migrant returns');

    await addSite(options, 'always-run', '127.0.0.1');
    await expect.poll(() => options.locator('[data-list="always-run"] .site-name').allTextContents()).toEqual(['127.0.0.1']);
    const always = await openFixture(browser, server, ARTICLE);
    await expect.poll(() => badgeText(browser, always.tabId)).toBe('POL');
  });
});

describe('highlight colours and panel sections', () => {
  /** The background colour a layer's boxes are painted with, as Chromium resolves it inside the overlay. */
  const highlightBackground = (page: Page, layer: string) => drawnBackground(page, layer);

  test('a colour change restyles the highlights already on the page', async () => {
    await showAnalysisOnPage(browser);
    const { page, tabId } = await openFixture(browser, server, ARTICLE);
    await openPanelTab(browser, tabId);
    await expect.poll(async () => (await drawnLayers(page)).includes('opposes')).toBe(true);
    // The Okabe–Ito vermilion by default.
    expect(await highlightBackground(page, 'opposes')).toBe('rgba(213, 94, 0, 0.16)');

    const options = await openOptions();
    await options.locator('input[type="color"][name="opposes"]').fill('#112233');
    await expect.poll(() => highlightBackground(page, 'opposes')).toBe('rgba(17, 34, 51, 0.16)');
    // The other layers keep theirs.
    expect(await highlightBackground(page, 'supports')).toBe('rgba(0, 114, 178, 0.16)');

    await options.getByRole('button', { name: 'Restore the colour-blind-safe colours' }).click();
    await expect.poll(() => highlightBackground(page, 'opposes')).toBe('rgba(213, 94, 0, 0.16)');
  });

  test('hidden sections leave the panel at once', async () => {
    const { tabId } = await openFixture(browser, server, ARTICLE);
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('.quote').count()).toBeGreaterThan(0);
    const options = await openOptions();
    // Two changes in quick succession: the second must not undo the first.
    await options.locator('input[name="section-quotes"]').uncheck();
    await options.locator('input[name="section-notes"]').uncheck();
    await expect.poll(() => panel.locator('.quote').count()).toBe(0);
    await expect.poll(() => panel.locator('#notes-heading').count()).toBe(0);
    expect(await panel.locator('.stakeholder').count()).toBeGreaterThan(0);
  });
});
