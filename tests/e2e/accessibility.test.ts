/**
 * axe-core inside every extension page, in the light and the dark theme:
 * the panel on the demo article (its richest state), the panel's state for a
 * page that is not an article, the options page and the notes library.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useExtensionSession } from './support/session.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';

const session = useExtensionSession();

const THEMES = ['light', 'dark'] as const;

/** Select an element's text and save it as the reader's shortcut would (shortcuts cannot be pressed from Playwright). */
async function saveHighlight(page: Page, tabId: number, css: string): Promise<void> {
  await page.evaluate((selector) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(selector)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, css);
  const worker = await session.browser.worker();
  await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'capture-selection', colour: 'yellow' }), tabId);
}

async function expectNoViolations(page: Page): Promise<void> {
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${colorScheme} theme of ${page.url()}`).toEqual([]);
  }
}

describe('axe-core finds no violations', () => {
  test('in the panel on the demo article, with a note and a highlight', async () => {
    const { page, tabId } = await openFixture(session.browser, session.server, '/eu-taliban-brussels.html');
    const panel = await openPanelTab(session.browser, tabId);
    await panel.locator('.stakeholder').first().waitFor();
    await saveHighlight(page, tabId, 'h1');
    await panel.locator('.highlight').first().waitFor();
    await panel.locator('textarea.note-body').first().fill('Check the visa numbers.');
    await expect.poll(() => panel.locator('.save-status').first().textContent()).toBe('Saved on this device');
    // Open every disclosure and every stakeholder's evidence so their content is checked too.
    for (const details of await panel.locator('details').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    for (const line of await panel.locator('.stakeholder-line').all()) await line.click();
    await expectNoViolations(panel);
  });

  test('in the panel on a page that is not an article', async () => {
    const { tabId } = await openFixture(session.browser, session.server, '/');
    const panel = await openPanelTab(session.browser, tabId);
    await panel.locator('.not-policy').waitFor();
    await expectNoViolations(panel);
  });

  test('on the options page, with sites listed and a refused entry', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/src/options/index.html`);
    await options.locator('#always-run-input').fill('news.example');
    await options.locator('#always-run-input').press('Enter');
    await options.locator('[data-list="always-run"] .site').waitFor();
    await options.locator('#never-run-input').fill('not a site');
    await options.locator('#never-run-input').press('Enter');
    await options.locator('#never-run-error').waitFor();
    await expectNoViolations(options);
  });

  test('in the notes library', async () => {
    const library = await session.browser.context.newPage();
    await library.goto(`chrome-extension://${session.browser.extensionId}/src/library/index.html`);
    // The note written in the first test is listed.
    await library.locator('.library-article').first().waitFor();
    await expectNoViolations(library);
  });
});
