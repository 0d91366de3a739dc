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
    // Each position says what it is on (the engine's object, else the article's issue), and why on hover.
    const prevot = panel.locator('.stakeholder', { has: panel.locator('.name', { hasText: 'Maxime Prévot' }) });
    expect(await prevot.locator('.stance').textContent()).toMatch(/^▼ Opposes · \S/);
    const why = prevot.locator('.stance-why');
    expect(await why.isVisible()).toBe(false);
    await prevot.locator('.stance').hover();
    await expect.poll(() => why.isVisible()).toBe(true);
    expect(await why.textContent()).toContain('Is against what follows the stance');
    expect(await prevot.locator('.stakeholder-line').getAttribute('aria-describedby')).toBe(await why.getAttribute('id'));
    // The question is stated when the engine names one.
    const issue = panel.locator('.issue');
    if ((await issue.count()) > 0) expect(await issue.textContent()).toMatch(/^The question: \S/);
  });

  test('a stakeholder is one line; its evidence opens on demand and shows on the page', async () => {
    const { page, tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
    const panel = await openPanelTab(browser, tabId);
    const prevot = panel.locator('.stakeholder[data-stakeholder="Maxime Prévot"]');
    const line = prevot.locator('.stakeholder-line');
    await line.waitFor();
    const box = await line.boundingBox();
    expect(box?.height).toBeLessThan(40);
    expect(await prevot.locator('.evidence').first().isVisible()).toBe(false);
    await line.click();
    expect(await line.getAttribute('aria-expanded')).toBe('true');
    const evidence = prevot.locator('.evidence');
    const texts = await evidence.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
    await evidence.first().click();
    await expect.poll(() => highlightTexts(page, 'reveal')).toEqual([texts[0]]);
  });

  test('"Write a note" stays in reach and puts the cursor in a note from anywhere in the panel', async () => {
    const { tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
    const panel = await openPanelTab(browser, tabId);
    await panel.setViewportSize({ width: 400, height: 600 });
    await panel.locator('.quote').first().scrollIntoViewIfNeeded();
    const write = panel.locator('.section-nav .write-note');
    const inView = (selector: string) => panel.locator(selector).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(await inView('.section-nav .write-note')).toBe(true);
    await write.click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.classList.contains('note-body'))).toBe(true);
    await expect.poll(() => inView('textarea.note-body')).toBe(true);
    await panel.keyboard.type('Typed straight after one click.');
    await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
    // With every note written, the next click opens a fresh one.
    await panel.evaluate(() => scrollTo(0, 0));
    await write.click();
    await expect.poll(() => panel.locator('textarea.note-body').count()).toBe(2);
    await expect.poll(() => panel.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe('');
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
