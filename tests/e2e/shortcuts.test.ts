/**
 * The keyboard shortcuts, pressed for real: Chromium fires extension
 * commands only for key events from the window system, not for Playwright's
 * key presses, so this runs a headed Chromium on an X display (the tests' own,
 * or a private Xvfb) and presses the keys with xdotool.
 *
 * Each default must be one Chromium does not keep for itself: Chromium 156
 * took Alt+Shift+P (new tab in a new tab group), and then neither assigned it
 * to the extension nor let it through. So the tests check that Chromium
 * assigns every suggested key (keyboard.test.ts) and here that pressing each
 * does what the README says, without opening anything of Chromium's own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { showAnalysisOnPage } from './support/overlay.ts';
import { highlightTexts, openFixture, openPanelTab } from './support/tabs.ts';
import { openDisplay } from './support/virtual-display.ts';
import type { Display } from './support/virtual-display.ts';

const ARTICLE = '/eu-taliban-brussels.html';
const TITLE = 'EU invites Taliban';
const SHORTCUTS = {
  _execute_action: 'Alt+Shift+O',
  'save-highlight': 'Alt+Shift+H',
  'next-quote': 'Alt+Shift+Period',
  'previous-quote': 'Alt+Shift+Comma',
};

const opened = await openDisplay();
if (typeof opened === 'string') console.warn(`Skipping the real-key shortcut tests: ${opened}.`);
const display = typeof opened === 'string' ? null : opened;

describe.skipIf(display === null)('shortcuts pressed on a headed Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  /** "Alt+Shift+Period" as xdotool names it: "alt+shift+period". */
  const press = (shortcut: string) => (display as Display).pressKeys(TITLE, shortcut.toLowerCase());

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ headless: false, display: (display as Display).name });
    ({ page } = await openFixture(browser, server, ARTICLE));
    await page.bringToFront();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    display?.stop();
  });

  test(`${SHORTCUTS['save-highlight']} highlights the selection`, async () => {
    const passage = await page.evaluate(() => {
      const paragraph = document.querySelector('article p') ?? document.querySelector('p');
      const range = document.createRange();
      range.selectNodeContents(paragraph!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString().trim();
    });
    press(SHORTCUTS['save-highlight']);
    await expect.poll(async () => (await highlightTexts(page, 'user-yellow')).map((t) => t.trim())).toEqual([passage]);
  });

  test(`${SHORTCUTS['next-quote']} and ${SHORTCUTS['previous-quote']} show a passage drawn on the page`, async () => {
    // Quotes and positions are drawn on the page only when the reader asks for them, from an open panel.
    await showAnalysisOnPage(browser);
    const { page: articlePage, tabId } = await openFixture(browser, server, ARTICLE);
    const panel = await openPanelTab(browser, tabId);
    await panel.locator('.stakeholder').first().waitFor();
    await articlePage.bringToFront();
    const revealed = async () => (await highlightTexts(articlePage, 'reveal'))[0];
    press(SHORTCUTS['next-quote']);
    await expect.poll(revealed).toBeTruthy();
    const first = await revealed();
    press(SHORTCUTS['next-quote']);
    await expect.poll(revealed).not.toBe(first);
    press(SHORTCUTS['previous-quote']);
    await expect.poll(revealed).toBe(first);
  });

  test(`${SHORTCUTS._execute_action} opens the side panel on the article`, async () => {
    const worker = await browser.worker();
    const sidePanels = () => worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] })).length);
    expect(await sidePanels()).toBe(0);
    const tabsBefore = browser.context.pages().length;
    press(SHORTCUTS._execute_action);
    await expect.poll(sidePanels).toBe(1);
    expect(browser.context.pages().length).toBe(tabsBefore);
  });
});
