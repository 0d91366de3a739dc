/** What the library tests do: open the panel on an article, download an export, choose a file to import. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './extension-browser.ts';
import type { FixtureServer } from './fixture-server.ts';
import { openFixture, openPanelTab } from './tabs.ts';

/** The panel of a fresh tab on a fixture article, ready to type in. */
export async function panelOnArticle(browser: ExtensionBrowser, server: FixtureServer, path: string): Promise<Page> {
  const { tabId } = await openFixture(browser, server, path);
  const panel = await openPanelTab(browser, tabId);
  await expect.poll(() => panel.locator('textarea.note-body').first().isEnabled()).toBe(true);
  return panel;
}

/** Click a download button and read the file it saves. */
export async function downloadFrom(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

/** Choose a file with this text in the library's import field. */
export function chooseImportFile(page: Page, text: string): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'policy-lens-import-')), 'notes.json');
  writeFileSync(path, text);
  return page.locator('input[type="file"]').setInputFiles(path);
}
