/** Opening fixture pages and the panel bound to them, as the e2e tests do. */
import type { Page } from 'playwright-core';
import { tabIdOf } from './extension-browser.ts';
import type { ExtensionBrowser } from './extension-browser.ts';
import type { FixtureServer } from './fixture-server.ts';
import { drawnTexts } from './overlay.ts';

let pagesOpened = 0;

/** Open a fixture in a new tab; a unique fragment tells this tab's reading from other tabs on the same page. */
export async function openFixture(browser: ExtensionBrowser, server: FixtureServer, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  const [base, fragment] = path.split('#');
  await page.goto(`${server.url(base!)}#${fragment ?? `tab-${++pagesOpened}`}`);
  return { page, tabId: await tabIdOf(browser, page) };
}

/** The notes library, opened as the panel's Library button does. */
export async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/library/index.html`);
  return page;
}

/** The side panel as an ordinary tab bound to `tabId` (how a reader pops it out). */
export async function openPanelTab(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(browser.panelUrl(tabId));
  return panel;
}

/**
 * A page opened in a new tab and the panel bound to it, once the panel shows the article's stakeholders. It remembers
 * the article after drawing them: a test that reads memory (or the People view built from it) waits for that itself.
 */
export async function panelShowingStakeholders(browser: ExtensionBrowser, server: FixtureServer, path: string): Promise<Page> {
  const { tabId } = await openFixture(browser, server, path);
  const panel = await openPanelTab(browser, tabId);
  await panel.locator('.stakeholder').first().waitFor();
  return panel;
}

/** The page text under each passage drawn in a layer ('user-yellow', 'reveal'…), in order. */
export const highlightTexts = drawnTexts;
