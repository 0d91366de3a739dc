/**
 * MV3 stops idle service workers. What the worker knew about each tab must
 * survive that: the panel still shows the page, and highlights still save.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeText, launchWithExtension, stopServiceWorker } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';


let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ remoteDebugging: true });
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

test('the panel shows a tab read before the service worker was stopped', async () => {
  const { tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
  await expect.poll(() => badgeText(browser, tabId)).toBe('POL');
  await stopServiceWorker(browser);

  // Opening the panel wakes the worker, which must answer from session storage.
  const panel = await openPanelTab(browser, tabId);
  await expect.poll(() => panel.locator('.title').textContent()).toBe('EU invites Taliban delegation to Brussels for talks on migrant returns');
  expect(await panel.locator('.topic-chip').textContent()).toBe('Immigration');
});

test('a reading the worker lost (stopped while handling it) is sent again when the panel asks', async () => {
  const { tabId } = await openFixture(browser, server, '/eu-taliban-brussels.html');
  await expect.poll(() => badgeText(browser, tabId)).toBe('POL');
  // Lose it: out of session storage, then out of the stopped worker's memory.
  const extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await extensionPage.evaluate((key) => chrome.storage.session.remove(key), `tab:${tabId}`);
  await extensionPage.close();
  await stopServiceWorker(browser);

  const panel = await openPanelTab(browser, tabId);
  await expect.poll(() => panel.locator('.title').textContent()).toBe('EU invites Taliban delegation to Brussels for talks on migrant returns');
});
