/**
 * Storage faults the storage tests (notes-library.test.ts: a full disk;
 * unit migrations: a version-1 database) do not cover: IndexedDB unavailable
 * in the panel (a clear message, the text kept), and a database left at a
 * newer version by another release (notes still save).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension } from './support/extension-browser.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { openFixture, openPanelTab } from './support/tabs.ts';

const ARTICLE = '/eu-taliban-brussels.html';
/** Set in the extension's localStorage, it makes IndexedDB refuse to open in extension pages opened afterwards. */
const NO_INDEXEDDB = 'hardening:no-indexeddb';

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await browser.context.addInitScript((flag) => {
    if (location.protocol !== 'chrome-extension:' || localStorage.getItem(flag) === null) return;
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is not available in this window.', 'InvalidStateError');
    };
  }, NO_INDEXEDDB);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function panelOnArticle(): Promise<Page> {
  const { tabId } = await openFixture(browser, server, ARTICLE);
  return openPanelTab(browser, tabId);
}

/** Run `script` in the extension's origin, on a page that opens no database of its own (the manifest). */
async function inExtensionPage<T>(script: (flag: string) => T | Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  try {
    return await page.evaluate(script, NO_INDEXEDDB);
  } finally {
    await page.close();
  }
}

test('IndexedDB unavailable: a clear message, the text kept, and saved by the next panel that can', async () => {
  await inExtensionPage((flag) => localStorage.setItem(flag, '1'));
  const panel = await panelOnArticle();
  const text = 'Written where nothing can be stored';
  const editor = panel.locator('textarea.note-body').first();
  await editor.fill(text);
  await expect.poll(() => panel.getByRole('alert').first().textContent()).toMatch(/cannot store notes/);
  expect(await editor.inputValue()).toBe(text);
  await panel.close();

  await inExtensionPage((flag) => localStorage.removeItem(flag));
  const next = await panelOnArticle();
  await expect.poll(() => next.locator('textarea.note-body').first().inputValue()).toBe(text);
  await next.reload();
  await expect.poll(() => next.locator('textarea.note-body').first().inputValue()).toBe(text);
});

// A later release would raise the database's version. Dexie opens it at that version and works with the tables it
// has, so going back to an older release (a reinstall, a rollback) loses nothing and keeps saving.
test('a database left at a newer version by another release: notes still save and stay', async () => {
  // Dexie's version 2 is IndexedDB version 20; a later release would have raised it. Open panels would hold it back.
  for (const page of browser.context.pages()) await page.close();
  await inExtensionPage(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('policy-lens', 1_000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('an open connection did not give way to the newer version'));
      }),
  );
  const panel = await panelOnArticle();
  const editor = panel.locator('textarea.note-body').first();
  const text = 'Typed while the database is from a later release';
  await editor.fill(text);
  await expect.poll(() => panel.locator('.save-status').textContent()).toBe('Saved on this device');
  await panel.reload();
  await expect.poll(() => panel.locator('textarea.note-body').first().inputValue()).toBe(text);
});
