/**
 * The walking skeleton, end to end: badge, side panel content on the demo
 * article, notes that persist, and the real side panel opened by a gesture.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badgeText, devToolsPort, launchWithExtension, PANEL_PATH } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { highlightTexts, openFixture, openPanelTab } from './support/tabs.ts';

const PREVOT_QUOTE = 'I disapprove of the invitation of the Taliban to Brussels, but I cannot block it';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});


/** What a reader sees of the panel's analysis: asserted the same way for the tab and the real side panel. */
async function expectDemoAnalysis(panel: Page): Promise<void> {
  const prevot = panel.locator('.stakeholder', { has: panel.locator('.name', { hasText: 'Maxime Prévot' }) });
  await expect.poll(() => prevot.count(), { timeout: 10_000 }).toBe(1);
  expect(await prevot.locator('.stance').getAttribute('data-stance')).toBe('opposes');
  const commission = panel.locator('.stakeholder', { has: panel.locator('.name', { hasText: 'European Commission' }) });
  expect(await commission.count()).toBe(1);
  expect(await commission.locator('.stance').getAttribute('data-stance')).toBe('supports');
  const quote = panel.locator('.quote', { has: panel.locator('.quote-text', { hasText: PREVOT_QUOTE }) });
  expect(await quote.count()).toBe(1);
  expect(await quote.locator('.quote-text').textContent()).toBe(PREVOT_QUOTE);
  expect(await quote.locator('.speaker').textContent()).toContain('Maxime Prévot');
  expect(await panel.locator('.topic-chip').textContent()).toBe('Immigration');
}

describe('badge', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the demo policy article gets the badge, a links-only home page does not', async () => {
    const article = await openFixture(browser, server, '/eu-taliban-brussels.html');
    await expect.poll(() => badgeText(browser, article.tabId)).toBe('POL');

    const home = await openFixture(browser, server, '/');
    expect(await badgeText(browser, home.tabId)).toBe('');
    // The article's badge is its own tab's, not the home page's.
    expect(await badgeText(browser, article.tabId)).toBe('POL');
  });

  test('navigating the tab away from the article clears its badge', async () => {
    const { page, tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
    await expect.poll(() => badgeText(browser, tabId)).toBe('POL');
    await page.goto(server.url('/'));
    await expect.poll(() => badgeText(browser, tabId)).toBe('');
  });
});

describe('side panel bound to a tab', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('shows the demo article: Prévot opposes with his quote, the Commission supports', async () => {
    const { tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('.title').textContent()).toBe(
      'EU invites Taliban delegation to Brussels for talks on migrant returns',
    );
    expect(await panel.locator('.site').textContent()).toBe('The Brussels Ledger');
    await expectDemoAnalysis(panel);
    // Groups the article reports as opposed.
    for (const group of [/critics/i, /activists|civil society/i]) {
      const row = panel.locator('.stakeholder', { has: panel.locator('.name', { hasText: group }) });
      expect(await row.first().locator('.stance').getAttribute('data-stance')).toBe('opposes');
    }
    // Each label says what it means on hover.
    const prevot = panel.locator('.stakeholder', { has: panel.locator('.name', { hasText: 'Maxime Prévot' }) });
    expect(await prevot.locator('.stance').first().getAttribute('title')).toBe('Is against the measure or decision at the heart of the article');
  });

  test('a page that is not a policy article says so and still takes notes', async () => {
    const { tabId } = await openFixture(browser, server, '/');
    const panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('.not-policy').textContent()).toContain('does not look like a news article');
    expect(await panel.locator('.stakeholder').count()).toBe(0);
    await expect.poll(() => panel.locator('textarea.note-body').isEnabled()).toBe(true);
  });

  test('clicking a pull quote highlights it in the page', async () => {
    const { page, tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
    const panel = await openPanelTab(browser, tabId);
    await panel.locator('.quote button.passage').first().click();
    await expect.poll(() => highlightTexts(page, 'reveal')).toEqual([PREVOT_QUOTE]);
  });
});

describe('notes', () => {
  test('a note survives reloading the panel and relaunching the browser', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'policy-lens-notes-'));
    const note = `Prévot cannot block the visit — check the visa numbers. ${Date.now()}`;

    let browser = await launchWithExtension({ profileDir });
    let { tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
    let panel = await openPanelTab(browser, tabId);
    const editor = panel.locator('textarea.note-body');
    await expect.poll(() => editor.isEnabled()).toBe(true);
    await editor.fill(note);
    await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');

    await panel.reload();
    await expect.poll(() => panel.locator('textarea.note-body').inputValue()).toBe(note);
    await browser.close();

    browser = await launchWithExtension({ profileDir });
    ({ tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html'));
    panel = await openPanelTab(browser, tabId);
    await expect.poll(() => panel.locator('textarea.note-body').inputValue()).toBe(note);
    await browser.close();
  });
});

describe('the real side panel', () => {
  test('opens through a user gesture and shows the same analysis', async () => {
    const browser = await launchWithExtension({ remoteDebugging: true });
    try {
      const { page, tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
      const poppedOut = await openPanelTab(browser, tabId);
      // A real click is a user gesture: the panel calls sidePanel.open for the article's tab.
      await poppedOut.locator('button.open-side-panel').click();
      await page.bringToFront();

      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${devToolsPort(browser.profileDir)}`);
      try {
        const isSidePanel = (p: Page) => p.url().includes(PANEL_PATH) && !p.url().includes('?tab=');
        const findPanel = () => cdp.contexts().flatMap((c) => c.pages()).find(isSidePanel);
        await expect.poll(() => Boolean(findPanel()), { timeout: 10_000 }).toBe(true);
        await expectDemoAnalysis(findPanel()!);
      } finally {
        await cdp.close();
      }
    } finally {
      await browser.close();
    }
  });
});
